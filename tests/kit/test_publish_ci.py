"""The CI files publish what `make build` makes, with pinned action versions."""

from __future__ import annotations

import re

import pytest
import yaml

PINNED = re.compile(r"^actions/[a-z-]+@v\d+$")


@pytest.fixture(scope="module")
def github(root) -> dict:
    return yaml.safe_load((root / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gitlab(root) -> dict:
    return yaml.safe_load((root / ".gitlab-ci.yml").read_text(encoding="utf-8"))


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def uses(workflow: dict) -> dict[str, dict]:
    return {step["uses"].split("@")[0]: step for step in steps(workflow) if "uses" in step}


def test_github_runs_on_push_to_main_and_by_hand(github):
    triggers = github.get("on", github.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers


def test_github_builds_with_make_on_python_311_and_node_20(github):
    assert github["jobs"] and all(job["runs-on"] == "ubuntu-latest" for job in github["jobs"].values())
    actions = uses(github)
    assert str(actions["actions/setup-python"]["with"]["python-version"]) == "3.11"
    assert str(actions["actions/setup-node"]["with"]["node-version"]) == "20"
    runs = [step["run"].strip() for step in steps(github) if "run" in step]
    assert runs == ["make build"]


def test_github_uploads_site_and_deploys_it(github):
    actions = uses(github)
    assert actions["actions/upload-pages-artifact"]["with"]["path"].rstrip("/") == "site"
    assert "actions/deploy-pages" in actions
    assert github["permissions"]["pages"] == "write"
    assert github["permissions"]["id-token"] == "write"
    assert github["concurrency"]["group"]
    deploy = next(job for job in github["jobs"].values() if any("deploy-pages" in s.get("uses", "") for s in job["steps"]))
    assert deploy["environment"]["name"] == "github-pages"
    build = next(name for name, job in github["jobs"].items() if any(s.get("run") == "make build" for s in job["steps"]))
    assert deploy.get("needs") in (build, [build])


def test_github_steps_run_in_order(github):
    order = [s.get("uses", s.get("run", "")).split("@")[0] for job in github["jobs"].values() for s in job["steps"]]
    assert order.index("actions/checkout") < order.index("make build") < order.index("actions/upload-pages-artifact")


def test_github_actions_pin_a_major_version(github):
    refs = [step["uses"] for step in steps(github) if "uses" in step]
    assert refs and all(PINNED.match(ref) for ref in refs), refs


def test_github_build_knows_its_public_address(github):
    build = next(s for s in steps(github) if s.get("run") == "make build")
    configure = uses(github)["actions/configure-pages"]
    assert build["env"]["SITE_URL"] == "${{ steps." + configure["id"] + ".outputs.base_url }}"


def test_gitlab_pages_job_builds_and_publishes_public(gitlab):
    job = gitlab["pages"]
    assert re.search(r"python3\.11.*node(js)?20", job["image"]), job["image"]
    script = [line.strip() for line in job["script"]]
    assert script[0] == "make build"
    assert "mv site public" in script
    assert job["artifacts"]["paths"] == ["public"]
    assert any("$CI_DEFAULT_BRANCH" in rule.get("if", "") for rule in job["rules"])
    assert job["variables"]["SITE_URL"] == "$CI_PAGES_URL"


def test_make_build_installs_what_it_needs(root):
    """The CI files rely on `make build` alone: it must depend on setup."""
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^build: .*\bsetup\b", makefile, re.M)
    assert re.search(r"^setup: .*requirements|^\$\(VENV\)/\.installed: requirements\.txt", makefile, re.M)
