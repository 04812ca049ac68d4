import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { benchConfig } from '../bench-config.js';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-typedefs.js';
import type { RunningServer } from './running-server.js';

/** @neo4j/graphql over the same graph, served by Apollo Server's standalone HTTP server. */
export async function startNeo4jGraphqlServer(): Promise<RunningServer> {
  const { neo4j: connection } = benchConfig();
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), { maxConnectionPoolSize: 64 });
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: connection.database } }),
  });
  return {
    url: url.replace('localhost', '127.0.0.1'),
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}
