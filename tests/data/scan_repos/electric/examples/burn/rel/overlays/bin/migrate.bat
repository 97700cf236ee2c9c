call "%~dp0\burn" eval Burn.Release.migrate_and_seed
