#!/usr/bin/env bash


readonly CURRENT_DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"
readonly DRY_RUN="${DRY_RUN:-true}"
readonly ROOT_DIR="$(dirname "$CURRENT_DIR")"
readonly REAPER_FILE="${ROOT_DIR}/internal/config/config.go"

function main() {
  echo "Updating Ryuk version:"

  local currentVersion="$(extractCurrentVersion)"
  echo " - Current: ${currentVersion}"

  local ryukVersion="${1}"
  local escapedRyukVersion="${ryukVersion//\//\\/}"
  echo " - New: ${ryukVersion}"

  if [[ "${DRY_RUN}" == "true" ]]; then
    echo "sed \"s/ReaperDefaultImage = \".*\"/ReaperDefaultImage = \"${escapedRyukVersion}\"/g\" ${REAPER_FILE} > ${REAPER_FILE}.tmp"
    echo "mv ${REAPER_FILE}.tmp ${REAPER_FILE}"
  else
    sed "s/ReaperDefaultImage = \".*\"/ReaperDefaultImage = \"${escapedRyukVersion}\"/g" ${REAPER_FILE} > ${REAPER_FILE}.tmp
    mv ${REAPER_FILE}.tmp ${REAPER_FILE}
  fi
}

function extractCurrentVersion() {
  cat "${REAPER_FILE}" | grep 'ReaperDefaultImage = ' | cut -d '=' -f 2
}

main "$@"
