import type { EmbeddedNeo4jConfig } from '../config.js';
import { join } from 'node:path';

export interface Neo4jLayout {
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  importDir: string;
  plugins: string;
  pidFile: string;
  consoleLog: string;
}

export function neo4jLayout(config: EmbeddedNeo4jConfig): Neo4jLayout {
  const home = config.homeDir;
  return {
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    importDir: join(home, 'import'),
    plugins: join(home, 'plugins'),
    pidFile: join(home, 'run', 'newsgraph-neo4j.pid'),
    consoleLog: join(home, 'logs', 'console.log'),
  };
}

/** neo4j.conf for a loopback-only development server sized for a small machine. */
export function renderNeo4jConf(config: EmbeddedNeo4jConfig, layout: Neo4jLayout): string {
  const settings: Array<[string, string]> = [
    ['server.default_listen_address', '127.0.0.1'],
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.listen_address', `127.0.0.1:${config.boltPort}`],
    ['server.bolt.advertised_address', `127.0.0.1:${config.boltPort}`],
    ['server.http.listen_address', `127.0.0.1:${config.httpPort}`],
    ['server.http.advertised_address', `127.0.0.1:${config.httpPort}`],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', 'true'],
    ['server.directories.data', layout.data],
    ['server.directories.logs', layout.logs],
    ['server.directories.run', layout.run],
    ['server.directories.import', layout.importDir],
    ['server.directories.plugins', layout.plugins],
    ['server.directories.transaction.logs.root', join(layout.data, 'transactions')],
    ['server.memory.heap.initial_size', config.heap],
    ['server.memory.heap.max_size', config.heap],
    ['server.memory.pagecache.size', config.pageCache],
    ['db.tx_log.rotation.retention_policy', '512M size'],
    ['dbms.usage_report.enabled', 'false'],
  ];
  return `# Written by newsgraph at every start; edit the NEO4J_* settings instead.\n${settings
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')}\n`;
}

/** The JVM flags Neo4j's own launcher passes; without the java.nio opening startup fails. */
export function jvmArgs(config: EmbeddedNeo4jConfig): string[] {
  return [
    `-Xms${config.heap}`,
    `-Xmx${config.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
  ];
}
