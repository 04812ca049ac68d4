import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Config } from '../config.js';
import { isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { requireReader, requireWriter } from './auth.js';
import type { ApiContext } from './context.js';
import { formatError, toGraphQLError } from './graphql-errors.js';
import { cachedLimitCheck } from './query-limits.js';
import { compiledExecution } from './compiled-execution.js';

/** Auth and query limits are settled once the operation is known, before any resolver touches Neo4j. */
function guardPlugin(schema: GraphQLSchema, config: Config): ApolloServerPlugin<ApiContext> {
  const checkLimits = cachedLimitCheck(schema, config.limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          try {
            if (operation?.operation === 'mutation') requireWriter(contextValue.role);
            else requireReader(contextValue.role, config.auth);
          } catch (error) {
            throw isAppError(error) ? toGraphQLError(error) : error;
          }
          checkLimits(document, request.variables ?? {}, request.operationName);
        },
      };
    },
  };
}

export function createApollo(schema: GraphQLSchema, config: Config, logger: Logger, httpServer: Server): ApolloServer<ApiContext> {
  const production = config.env === 'production';
  return new ApolloServer<ApiContext>({
    gateway: compiledExecution(schema),
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    // Our own IDE is served at GET /graphql; Apollo's landing page would load from a CDN. The schema sets
    // no cache hints, so the cache-control plugin would only add a hook to every field resolved.
    plugins: [
      guardPlugin(schema, config),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: formatError(production, (error) => logger.error({ err: error }, 'unexpected error in a GraphQL request')),
  });
}
