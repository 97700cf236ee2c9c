call "%~dp0\api" eval Api.Release.migrate
