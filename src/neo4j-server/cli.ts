import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { runCli } from '../run-cli.js';
import { embeddedNeo4jStatus, startEmbeddedNeo4j, stopEmbeddedNeo4j } from './embedded-neo4j.js';

const log = (line: string) => console.error(line);
const program = new Command('neo4j').description("Runs the project's own Neo4j Community server");

program
  .command('start')
  .description('start Neo4j in the background (or reuse the one running) and wait until Bolt answers')
  .action(async () => {
    const config = loadConfig();
    const result = await startEmbeddedNeo4j(config.embedded, log);
    log(`Neo4j ${result.version} ${result.started ? 'started' : 'already running'}: ${result.boltUrl}, Browser ${result.browserUrl}`);
  });

program
  .command('stop')
  .description('stop the Neo4j this project started')
  .action(async () => {
    const stopped = await stopEmbeddedNeo4j(loadConfig().embedded, log);
    log(stopped ? 'Neo4j stopped.' : 'No Neo4j started by this project is running.');
  });

program
  .command('status')
  .description('say whether Neo4j answers')
  .action(async () => {
    const status = await embeddedNeo4jStatus(loadConfig().embedded);
    console.log(JSON.stringify(status));
    if (!status.running) process.exitCode = 1;
  });

await runCli(program);
