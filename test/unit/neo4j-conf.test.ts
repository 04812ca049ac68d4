import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { jvmArgs, neo4jLayout, renderNeo4jConf } from '../../src/neo4j-server/neo4j-conf.js';
import { parseCypherStatements } from '../../src/graph/apply-schema.js';

describe('neo4j.conf', () => {
  const embedded = loadConfig({ NEO4J_BOLT_PORT: '7999', NEO4J_HTTP_PORT: '7998', NEO4J_HOME_DIR: '/tmp/ng-home', NEO4J_HEAP: '1g' }).embedded;
  const conf = renderNeo4jConf(embedded, neo4jLayout(embedded));

  it('listens on loopback only, on the configured ports', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7998');
    expect(conf).toContain('server.https.enabled=false');
  });

  it('keeps data under the home folder and sizes memory from config', () => {
    expect(conf).toContain('server.directories.data=/tmp/ng-home/data');
    expect(conf).toContain('server.memory.heap.max_size=1g');
    expect(jvmArgs(embedded)).toContain('-Xmx1g');
    expect(jvmArgs(embedded)).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
  });
});

describe('parseCypherStatements', () => {
  it('splits on statement-ending semicolons and drops comment lines', () => {
    const source = '// schema\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x);\n';
    expect(parseCypherStatements(source)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x)',
    ]);
  });
});
