/** A server under test, listening on 127.0.0.1. */
export interface RunningServer {
  /** Where requests are POSTed (GraphQL endpoint, or the raw server's base for /op/<name>). */
  url: string;
  close(): Promise<void>;
}
