/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** <Term> popovers rendered so far on this page: numbers each popover id, so builds stay reproducible. */
    termCount?: number;
    /** Widget instances rendered so far on this page, by widget: gives each its own id prefix (instanceId). */
    widgetInstances?: Record<string, number>;
  }
}
