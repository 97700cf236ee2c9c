cat > docs/changelog.md <<EOL
---
layout: default
title: Changelog
permalink: /releases/changelog
---

# Changelog
$(tail -n+2 CHANGES.md)
EOL
