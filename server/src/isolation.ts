/**
 * No handler brings the server down. `isolateHandlers` wraps every handler the server registers on
 * the connection (requests and notifications, the text document events included, since
 * TextDocuments registers through the same methods): an exception or a rejection is logged with
 * its stack and, for a request, answered with an InternalError response. `safely` does the same
 * for work the server starts on its own (debounce timers, promise callbacks).
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

type Log = (message: string) => void;
type Handler = (...args: unknown[]) => unknown;
type Registrar = (handler: Handler, ...rest: unknown[]) => unknown;

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

function failed(what: string, error: unknown, log: Log): never {
  if (error instanceof ResponseError) throw error; // an answer the handler chose (e.g. a cancellation)
  log(`${what} failed: ${describe(error)}`);
  throw new ResponseError(ErrorCodes.InternalError, `PolicyLens: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** `handler` with its exceptions and rejections logged and turned into an error response. */
export function isolated(what: string, handler: Handler, log: Log): Handler {
  return (...args) => {
    try {
      const result = handler(...args);
      return result instanceof Promise ? result.catch((error: unknown) => failed(what, error, log)) : result;
    } catch (error) {
      return failed(what, error, log);
    }
  };
}

/** Runs `work`, logging what it throws instead of letting it reach the event loop. */
export function safely(what: string, work: () => unknown, log: Log): void {
  try {
    const result = work();
    if (result instanceof Promise) result.catch((error: unknown) => log(`${what} failed: ${describe(error)}`));
  } catch (error) {
    log(`${what} failed: ${describe(error)}`);
  }
}

/** Replaces `target[name]`, a registration method, with one that registers the handler isolated. */
function wrapRegistrar(target: Record<string, unknown>, name: string, label: string, log: Log): void {
  const register = target[name] as Registrar;
  target[name] = (...args: unknown[]) => {
    // onRequest and onNotification take the method (or its type) first, the others the handler alone.
    const at = args.findIndex((arg) => typeof arg === 'function');
    if (at < 0) return register(...(args as [Handler]));
    const first = args[0] as { method?: string } | string;
    const what = at > 0 ? (typeof first === 'string' ? first : first.method ?? label) : label;
    const wrapped = [...args];
    wrapped[at] = isolated(what, args[at] as Handler, log);
    return register(...(wrapped as [Handler]));
  };
}

/**
 * Isolates every handler registered on `connection` from now on (call it before registering any).
 * The features under `connection.languages` register on the inner connection: the one the server
 * uses, inlay hints, is wrapped on its own.
 */
export function isolateHandlers(connection: Connection, log: Log): void {
  const registrars = connection as unknown as Record<string, unknown>;
  for (const name of Object.keys(registrars)) {
    if (/^on[A-Z]/.test(name) && typeof registrars[name] === 'function') wrapRegistrar(registrars, name, name, log);
  }
  const inlayHint = connection.languages.inlayHint; // a getter that makes a new object each time
  Object.defineProperty(connection.languages, 'inlayHint', {
    value: { ...inlayHint, on: (handler: Handler) => inlayHint.on(isolated('textDocument/inlayHint', handler, log) as never) },
  });
  process.on('unhandledRejection', (error) => log(`unhandled rejection: ${describe(error)}`));
}
