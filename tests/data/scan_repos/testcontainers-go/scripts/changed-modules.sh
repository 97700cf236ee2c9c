#!/usr/bin/env bash

set -euxo pipefail


readonly ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

readonly excluded_modules=(".devcontainer" ".vscode" "docs")

readonly excluded_files=(
    ".github/dependabot.yml"
    ".github/FUNDING.yml"
    ".github/PULL_REQUEST_TEMPLATE.md"
    ".github/release-drafter.yml"
    ".github/settings.yml"
    ".github/workflows/codeql.yml"
    ".github/workflows/conventions.yml"
    ".github/workflows/docker-projects-latest.yml"
    ".github/workflows/release-drafter.yml"
    ".github/workflows/scorecards.yml"
    ".github/workflows/sonar-*.yml"
    ".github/workflows/usage-metrics.yml"
    ".github/workflows/usage-metrics-modules.yml"
    "scripts/bump-*.sh"
    "scripts/check_environment.sh"
    "scripts/*release.sh"
    "AI.md"
    "CONTRIBUTING.md"
    "LICENSE"
    "mkdocs.yml"
    "Pipfile*"
    "README.md"
    "RELEASING.md"
    "requirements.txt"
    "runtime.txt"
    "docs/usage-metrics/core.csv"
    "docs/usage-metrics/modules.csv"
)

readonly no_build_modules=("modules/k6")

modules=()

for modFile in $(find "${ROOT_DIR}/modules" -name "go.mod" -not -path "${ROOT_DIR}/**/testdata/*"); do
    modules+=("\"modules/$(basename "$(dirname "${modFile}")")\"")
done
for modFile in $(find "${ROOT_DIR}/examples" -name "go.mod" -not -path "${ROOT_DIR}/**/testdata/*"); do
    modules+=("\"examples/$(basename "$(dirname "${modFile}")")\"")
done

IFS=$'\n' modules=($(sort <<<"${modules[*]}"))
unset IFS

readonly rootModule="\"\""

readonly modulegenModule="\"modulegen\""

readonly usageMetricsModule="\"usage-metrics\""

allModules=(${rootModule} ${modulegenModule} ${usageMetricsModule} "${modules[@]}")

IFS=$'\n' allModules=($(sort <<<"${allModules[*]}"))
unset IFS

readonly modified_files=${ALL_CHANGED_FILES[@]}

modified_modules=()

for file in $modified_files; do
    for exclude_file in ${excluded_files[@]}; do
        if [[ $file == $exclude_file ]]; then
            continue 2
        fi
    done

    if [[ $file == modules/* ]]; then
        module_name=$(echo $file | cut -d'/' -f2)
        if [[ ! " ${modified_modules[@]} " =~ " ${module_name} " ]]; then
            modified_modules+=("\"modules/$module_name\"")
        fi
    elif [[ $file == examples/* ]]; then
        example_name=$(echo $file | cut -d'/' -f2)
        if [[ ! " ${modified_modules[@]} " =~ " ${example_name} " ]]; then
            modified_modules+=("\"examples/$example_name\"")
        fi
    elif [[ $file == modulegen/* ]]; then
        modified_modules+=("\"modulegen\"")
    elif [[ $file == usage-metrics/* ]]; then
        modified_modules+=("\"usage-metrics\"")
    else
        for exclude_module in ${excluded_modules[@]}; do
            if [[ $file == $exclude_module/* ]]; then
                continue 2
            fi
        done

        modified_modules=${allModules[@]}
        break
    fi
done

sorted_unique_modules=($(echo "${modified_modules[@]}" | tr ' ' '\n' | sort -u | tr '\n' ' '))

filtered_modules=()
for module in "${sorted_unique_modules[@]}"; do
    skip=false
    for no_build_module in "${no_build_modules[@]}"; do
        if [[ ${module} == \"${no_build_module}\" ]]; then
            skip=true
            break
        fi
    done
    if [[ $skip == false ]]; then
        filtered_modules+=(${module})
    fi
done
sorted_unique_modules=("${filtered_modules[@]}")

echo "["$(IFS=,; echo "${sorted_unique_modules[*]}" | sed 's/ /,/g')"]"
