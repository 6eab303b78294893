// tone-lint: the command-line face of the core. Work in progress.
process.stdout.write('tone-lint: not built yet\n');
process.exit(2);
