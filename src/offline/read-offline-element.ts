/**
 * <read-offline>: saves the whole site on this device when the reader asks, and only then. It registers the
 * service worker (which downloads the files and reports progress), cancels a download in progress, and removes
 * the saved copy. Every step says what happened in a polite live region; nothing leaves the browser.
 */
import {
  describeProgress,
  formatBuildDate,
  OFFLINE_CACHE,
  readWorkerMessage,
  type PageMessage,
  type WorkerMessage,
} from './offline-copy';

const BLOCKED =
  'Your browser blocks this site from storing data, so it cannot be saved for offline reading. Everything still works online.';

class ReadOffline extends HTMLElement {
  #status = this.#part('[data-offline-status]');
  #progress = this.#part('[data-offline-progress]');
  #bar = this.#part<HTMLProgressElement>('progress');
  #progressText = this.#part('[data-offline-progress-text]');
  #save = this.#part<HTMLButtonElement>('[data-offline-save]');
  #cancel = this.#part<HTMLButtonElement>('[data-offline-cancel]');
  #remove = this.#part<HTMLButtonElement>('[data-offline-remove]');
  #base = this.dataset.base ?? '/';
  /** Set while the reader's own Cancel or Remove is under way, so the worker's ending is not read as a failure. */
  #discarding = false;

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`<read-offline> is missing ${selector}`);
    return element;
  }

  connectedCallback() {
    this.querySelectorAll<HTMLElement>('[data-without-js]').forEach((element) => (element.hidden = true));
    this.querySelectorAll<HTMLElement>('[data-with-js]').forEach((element) => (element.hidden = false));
    let workers: ServiceWorkerContainer | undefined;
    try {
      workers = 'serviceWorker' in navigator && 'caches' in window ? navigator.serviceWorker : undefined;
    } catch {
      // Reading navigator.serviceWorker throws when the reader blocks site data.
      this.#show('blocked', BLOCKED);
      return;
    }
    if (!workers) {
      this.#show('blocked', 'This browser cannot save sites for offline reading. Everything still works online.');
      return;
    }
    workers.addEventListener('message', (event) => this.#onMessage(readWorkerMessage(event.data)));
    this.#save.addEventListener('click', () => void this.#saveCopy(workers));
    this.#cancel.addEventListener(
      'click',
      () => void this.#discard(workers, 'Saving was cancelled. Nothing was kept on this device.'),
    );
    this.#remove.addEventListener(
      'click',
      () => void this.#discard(workers, 'The offline copy was removed from this device.'),
    );
    void this.#refresh(workers);
  }

  /** One place decides which buttons a state offers. */
  #show(state: 'unsaved' | 'saving' | 'saved' | 'blocked', message: string) {
    this.#status.textContent = message;
    this.#save.hidden = state === 'saving' || state === 'saved';
    this.#save.disabled = state === 'blocked';
    this.#cancel.hidden = state !== 'saving';
    this.#remove.hidden = state !== 'saved';
    this.#progress.hidden = state !== 'saving';
  }

  async #refresh(workers: ServiceWorkerContainer) {
    try {
      const registration = await workers.getRegistration(this.#base);
      if (registration?.active) {
        this.#show('saved', 'This site is saved on this device.');
        registration.active.postMessage({ type: 'status' });
      } else if (registration?.installing) {
        this.#show('saving', 'Saving the site on this device…');
        this.#watch(registration.installing, workers);
      }
    } catch {
      this.#show('blocked', BLOCKED);
    }
  }

  async #saveCopy(workers: ServiceWorkerContainer) {
    this.#show('saving', 'Saving the site on this device…');
    this.#bar.value = 0;
    this.#progressText.textContent = '';
    try {
      const registration = await workers.register(`${this.#base}sw.js`, { scope: this.#base });
      const worker = registration.installing ?? registration.waiting;
      if (worker) this.#watch(worker, workers);
      else if (registration.active) registration.active.postMessage({ type: 'status' });
    } catch {
      this.#show('blocked', BLOCKED);
    }
  }

  /** The first save's worker: if it ends up redundant before it is activated, the download did not finish. */
  #watch(worker: ServiceWorker, workers: ServiceWorkerContainer) {
    const onChange = () => {
      if (worker.state === 'activated') worker.removeEventListener('statechange', onChange);
      if (worker.state !== 'redundant' || this.#discarding) return;
      worker.removeEventListener('statechange', onChange);
      void this.#discard(
        workers,
        'Saving stopped before it finished, so nothing was kept. Check that you are online, then press Save again.',
      );
    };
    worker.addEventListener('statechange', onChange);
  }

  #onMessage(message: WorkerMessage | undefined) {
    if (!message || this.#discarding) return;
    if (message.type === 'progress') {
      const { fraction, text } = describeProgress(message);
      this.#progress.hidden = false;
      this.#bar.value = fraction;
      this.#progressText.textContent = text;
    } else if (message.type === 'saved') {
      const date = formatBuildDate(message.builtAt);
      this.#show(
        'saved',
        message.updated
          ? `The saved copy was updated to the version of ${date} (${message.changedFiles} changed files).`
          : `Saved. You can now read the whole site offline. This is the version of ${date}.`,
      );
    } else {
      this.#show('saved', `This site is saved on this device: the version of ${formatBuildDate(message.builtAt)}.`);
    }
  }

  /** Unregisters the worker (stopping a download in progress) and deletes every saved file. */
  async #discard(workers: ServiceWorkerContainer, done: string) {
    this.#discarding = true;
    try {
      const registrations = await workers.getRegistrations();
      const ours = registrations.filter((registration) => new URL(registration.scope).pathname === this.#base);
      const stopping = ours.flatMap((registration) => (registration.installing ? [registration.installing] : []));
      // A download in progress is stopped by the worker itself; unregistering waits until it has.
      stopping.forEach((worker) => worker.postMessage({ type: 'cancel' } satisfies PageMessage));
      await Promise.all(stopping.map(untilRedundant));
      await Promise.all(ours.map((registration) => registration.unregister()));
      await caches.delete(OFFLINE_CACHE);
      this.#show('unsaved', done);
    } catch {
      this.#show('blocked', BLOCKED);
    } finally {
      this.#discarding = false;
    }
  }
}

function untilRedundant(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve) => {
    if (worker.state === 'redundant') return resolve();
    // A worker between two files stops at its next fetch; never wait for ever on a stuck one.
    const timer = setTimeout(resolve, 10_000);
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'redundant') return;
      clearTimeout(timer);
      resolve();
    });
  });
}

customElements.define('read-offline', ReadOffline);
