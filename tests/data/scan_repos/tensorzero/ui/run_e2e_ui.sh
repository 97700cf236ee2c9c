#! /bin/bash
# This script is a helper to run the TensorZero UI dev server pointed at the e2e test gateway and database.
# This may be helpful for debugging e2e tests or additional validation of the UI.
pnpm run dev
