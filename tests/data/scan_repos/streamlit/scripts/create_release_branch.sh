#!/bin/sh
# Copyright (c) Streamlit Inc. (2018-2022) Snowflake Inc. (2022-2024)
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

set -euo pipefail

VERSION=$1
VERSION_BRANCH="release/${VERSION}"

git switch --create "$VERSION_BRANCH"
python scripts/update_version.py "$VERSION"
git commit --all --message="Up version to ${VERSION}"
git push origin "$VERSION_BRANCH"
