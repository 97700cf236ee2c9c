tree HEAD:gulpfile.js

index.js
subtasks/
