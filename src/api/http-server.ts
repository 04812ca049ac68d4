import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Config } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../graph/stores.js';
import { roleFromAuthorization } from './auth.js';
import type { ApiContext, Role } from './context.js';
import { createApollo } from './apollo.js';
import { EventBus } from './event-bus.js';
import { createLoaders } from './loaders.js';
import { serveIde, wantsIde } from './ide.js';

export interface ApiServer {
  httpServer: Server;
  events: EventBus;
  /** Resolves with the port actually bound (PORT=0 picks a free one). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

class PayloadTooLargeError extends Error {}

function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      reject(new PayloadTooLargeError());
      request.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new PayloadTooLargeError());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function graphqlErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** The HTTP face of newsgraph: /graphql (POST, GET, WebSocket), /healthz, /readyz, and the IDE. */
export function createApiServer(deps: { config: Config; logger: Logger; stores: Stores; schema: GraphQLSchema; events?: EventBus }): ApiServer {
  const { config, logger, stores, schema } = deps;
  const events = deps.events ?? new EventBus();
  const contextFor = (role: Role): ApiContext => ({ role, stores, loaders: createLoaders(stores), limits: config.limits, events, auth: config.auth });

  const httpServer = createServer();
  const apollo: ApolloServer<ApiContext> = createApollo(schema, config, logger, httpServer);
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxBodyBytes });
  httpServer.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  });
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      context: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = typeof params.authorization === 'string' ? params.authorization : typeof params.Authorization === 'string' ? params.Authorization : undefined;
        return contextFor(roleFromAuthorization(header, config.auth));
      },
    },
    wsServer,
  );

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    let role: Role;
    try {
      role = roleFromAuthorization(request.headers.authorization, config.auth);
    } catch (error) {
      const message = isAppError(error) ? error.message : 'Unauthenticated';
      sendJson(response, 401, graphqlErrorBody(message, 'UNAUTHENTICATED'));
      return;
    }
    let body: unknown = undefined;
    if (request.method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(request, config.limits.maxBodyBytes);
      } catch (error) {
        if (error instanceof PayloadTooLargeError) {
          sendJson(response, 413, graphqlErrorBody(`Request body exceeds ${config.limits.maxBodyBytes} bytes.`, 'PAYLOAD_TOO_LARGE'));
          return;
        }
        throw error;
      }
      try {
        body = raw.length > 0 ? JSON.parse(raw) : {};
      } catch {
        sendJson(response, 400, graphqlErrorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => contextFor(role),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  httpServer.on('request', (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const ready = await stores.db.ping();
        return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'neo4j unreachable' });
      }
      if (url.pathname === '/graphql' || url.pathname === '/') {
        if (request.method === 'GET' && wantsIde(request, url)) return serveIde(response);
        if (url.pathname === '/graphql') return handleGraphQL(request, response, url);
      }
      if (url.pathname.startsWith('/ide/') && request.method === 'GET') return serveIde(response, url.pathname);
      return sendJson(response, 404, { error: 'not found' });
    };
    route().catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      if (!response.headersSent) sendJson(response, 500, graphqlErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else response.end();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    httpServer,
    events,
    async listen() {
      await apollo.start();
      await new Promise<void>((resolvePromise, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          reject(
            error.code === 'EADDRINUSE'
              ? new AppError('PORT_IN_USE', `Port ${config.port} on ${config.host} is already in use. Stop what uses it or set PORT to a free port.`)
              : error,
          );
        };
        httpServer.once('error', onError);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', onError);
          resolvePromise();
        });
      });
      const address = httpServer.address();
      return typeof address === 'object' && address ? address.port : config.port;
    },
    close() {
      // Idempotent: a second signal or a test's cleanup may close again.
      closing ??= (async () => {
        await wsCleanup.dispose();
        await apollo.stop();
        if (httpServer.listening) await new Promise<void>((resolvePromise) => httpServer.close(() => resolvePromise()));
      })();
      return closing;
    },
  };
}
