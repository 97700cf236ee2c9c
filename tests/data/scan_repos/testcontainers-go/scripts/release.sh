#!/usr/bin/env bash


readonly BUMP_TYPE="${BUMP_TYPE:-minor}"
readonly DOCKER_IMAGE_SEMVER="mdelapenya/semver-tool:3.4.0"
readonly DRY_RUN="${DRY_RUN:-true}"
readonly CURRENT_DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"
readonly ROOT_DIR="$(dirname "$CURRENT_DIR")"
readonly MKDOCS_FILE="${ROOT_DIR}/mkdocs.yml"
readonly VERSION_FILE="${ROOT_DIR}/internal/version.go"

readonly REPOSITORY="github.com/testcontainers/testcontainers-go"
readonly DIRECTORIES=(examples modules)

function main() {
  local version="$(extractCurrentVersion)"
  local vVersion="v${version}"
  echo "Current version: ${vVersion}"

  local newVersion=$(docker run --rm --platform=linux/amd64 -i "${DOCKER_IMAGE_SEMVER}" bump "${BUMP_TYPE}" "${vVersion}")
  if [[ "${newVersion}" == "" ]]; then
    echo "Failed to bump the version. Please check the semver-tool image and the bump type."
    exit 1
  fi

  gitCommitVersion "${vVersion}"

  tagModule "${vVersion}"

  for directory in "${DIRECTORIES[@]}"
  do
    cd "${ROOT_DIR}/${directory}"

    ls -d */ | grep -v "_template" | while read -r module; do
      module="${module%?}" # remove trailing slash
      module_tag="${directory}/${module}/${vVersion}" # e.g. modules/mongodb/v0.0.1
      tagModule "${module_tag}"
    done
  done

  echo "Producing a ${BUMP_TYPE} bump of the version, from ${version} to ${newVersion}"

  if [[ "${DRY_RUN}" == "true" ]]; then
    echo "sed \"s/const Version = \".*\"/const Version = \"${newVersion}\"/g\" ${VERSION_FILE} > ${VERSION_FILE}.tmp"
    echo "mv ${VERSION_FILE}.tmp ${VERSION_FILE}"
  else
    sed "s/const Version = \".*\"/const Version = \"${newVersion}\"/g" ${VERSION_FILE} > ${VERSION_FILE}.tmp
    mv ${VERSION_FILE}.tmp ${VERSION_FILE}
  fi

  gitNextDevelopment "${newVersion}"

  gitPushTags

  curlGolangProxy "${REPOSITORY}" "${vVersion}" # e.g. github.com/testcontainers/testcontainers-go/@v/v0.0.1.info

  for directory in "${DIRECTORIES[@]}"
  do
    cd "${ROOT_DIR}/${directory}"

    ls -d */ | grep -v "_template" | while read -r module; do
      module="${module%?}" # remove trailing slash
      module_path="${REPOSITORY}/${directory}/${module}"
      curlGolangProxy "${module_path}" "${vVersion}" # e.g. github.com/testcontainers/testcontainers-go/modules/mongodb/@v/v0.0.1.info
    done
  done
}

function curlGolangProxy() {
  local module_path="${1}"
  local module_version="${2}"

  if [[ "${DRY_RUN}" == "true" ]]; then
    echo "curl https://proxy.golang.org/${module_path}/@v/${module_version}.info"
    return
  fi

  curl "https://proxy.golang.org/${module_path}/@v/${module_version}.info"
}

function extractCurrentVersion() {
  cat "${VERSION_FILE}" | grep 'const Version = ' | cut -d '"' -f 2
}

function gitFn() {
  args=("$@")
  if [[ "${DRY_RUN}" == "true" ]]; then
    echo "git ${args[@]}"
    return
  fi

  git "${args[@]}"
}

function gitCommitVersion() {
  local version="${1}" 

  cd "${ROOT_DIR}"

  gitFn add "${VERSION_FILE}"
  gitFn add "${MKDOCS_FILE}"
  gitFn add "docs/**/*.md"
  gitFn add "examples/**/go.*"
  gitFn add "modules/**/go.*"
  gitFn commit -m "chore: use new version (${version}) in modules and examples"
}

function gitNextDevelopment() {
  local newVersion="${1}" 

  cd "${ROOT_DIR}"

  gitFn add "${VERSION_FILE}"
  gitFn commit -m "chore: prepare for next ${BUMP_TYPE} development cycle (${newVersion})"
}

function gitPushTags() {
  gitFn push origin main --tags
}

function tagModule() {
  local module_tag="${1}"

  gitFn tag -d "${module_tag}" | true # do not fail if tag does not exist
  gitFn tag "${module_tag}"
}

function validate() {
  if [[ "${BUMP_TYPE}" != "major" ]] && [[ "${BUMP_TYPE}" != "minor" ]] && [[ "${BUMP_TYPE}" != "patch" ]]; then
    echo "BUMP_TYPE must be major, minor or patch. Current: ${BUMP_TYPE}"
    exit 1
  fi
}

validate
main "$@"
