#!/usr/bin/env python3
"""Holds `cargo xtask breaking` against cargo-semver-checks on the generated crate.

For each case a baseline catalogue and a changed one are written (a small
catalogue: four sections, four codes, one code with reasons), both crates
are generated with the xtask's own `gen`, cargo-semver-checks compares the
changed crate with the baseline crate, and `breaking` compares the changed
catalogue with the baseline committed in a scratch git repository. The
output is one Markdown table: case | cargo-semver-checks | breaking.

cargo-semver-checks is not a dependency of the project and CI does not run
this: install it with `cargo install --locked cargo-semver-checks` and put it
on PATH. Both versions are equal in every case but the one about versions,
and `--release-type patch` makes every lint that fires show, with the least
release it asks for.

Usage: bench/semver-oracle.py [WORKDIR] [CASE-SUBSTRING]
  WORKDIR  where the scratch catalogues, crates and repositories go
           [default: target/semver-oracle]; one CARGO_TARGET_DIR is
           shared under it.
"""

import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BASE = '''[catalogue]
title = "Errors"
intro = "Every error of the SDK."
version = "0.1.0"
error_types = ["INVALID_OPERATION", "INTERNAL_ERROR"]

[targets.rust]
crate = "sdk-errors"

[targets.typescript]
package = "@acme/sdk-errors"
style = "enum"

[targets.json_schema]
id = "https://acme.example/errors.schema.json"

[[category]]
id = "stream"
title = "Stream exception"

[[error]]
code = 6000
name = "STREAM_MISMATCH_DEVICE"
category = "stream"
description = "The device ID does not match any device in the list."

[[category]]
id = "audio"
title = "Audio exception"
parent = "stream"

[[error]]
code = 6010
name = "AUDIO_CAPTURE_FAILED"
category = "audio"
description = "Occurs in stream.startAudio, for the following reasons:"
methods = ["stream.startAudio"]

[[error.reasons]]
code = 1
name = "PERMISSION_DENIED_BY_USER"
description = "Permission denied by user"

[[error.reasons]]
code = 2
name = "PERMISSION_DENIED_BY_SYSTEM"
description = "Permission denied by system"

[[category]]
id = "video"
title = "Video exception"
parent = "stream"

[[error]]
code = 6020
name = "VIDEO_CAMERA_LOST"
category = "video"
description = "The camera was unplugged."

[[category]]
id = "chat"
title = "Chat exception"

[[error]]
code = 7000
name = "CHAT_SEND_FAILED"
category = "chat"
description = "The message was not sent."
'''

VIDEO_CODE = '''
[[error]]
code = 6020
name = "VIDEO_CAMERA_LOST"
category = "video"
description = "The camera was unplugged."
'''
VIDEO_SECTION = '''[[category]]
id = "video"
title = "Video exception"
parent = "stream"
'''
AUDIO_SECTION_START = '''[[category]]
id = "audio"'''
CHAT_SECTION = '''[[category]]
id = "chat"
title = "Chat exception"
'''
SCREEN_SECTION = '''[[category]]
id = "screen"
title = "Screen share exception"
parent = "stream"
'''
REASON_2 = '''
[[error.reasons]]
code = 2
name = "PERMISSION_DENIED_BY_SYSTEM"
description = "Permission denied by system"
'''
REASON_3 = '''
[[error.reasons]]
code = 3
name = "NO_DEVICE"
description = "No device"
'''
RESERVE_6020 = '\n[[reserved]]\ncode = 6020\nname = "VIDEO_CAMERA_LOST"\nnote = "Removed."\n'
ERROR_TYPES = 'error_types = ["INVALID_OPERATION", "INTERNAL_ERROR"]'
NEW_CODE = '\n[[error]]\ncode = {code}\nname = "{name}"\ncategory = "{category}"\ndescription = "New."\n'

# (case, edits of the old catalogue, edits of the new one, text appended to the new one).
# An edit replaces text that must occur exactly once; `None` as the replacement deletes.
CASES = [
    ('nothing changed', [], [], ''),
    ('code removed, not reserved', [], [(VIDEO_CODE, '')], ''),
    ('code removed and reserved', [], [(VIDEO_CODE, '')], RESERVE_6020),
    ('code renumbered', [], [('code = 6020', 'code = 6021')], '\n[[reserved]]\ncode = 6020\n'),
    ('code renamed', [], [('"VIDEO_CAMERA_LOST"', '"VIDEO_CAMERA_GONE"')],
     '\n[[reserved]]\nname = "VIDEO_CAMERA_LOST"\n'),
    ('two codes swap numbers', [],
     [('code = 6000', 'code = 6020'), ('code = 6020\nname = "VIDEO', 'code = 6000\nname = "VIDEO')], ''),
    ('code moved to another category', [], [('category = "video"', 'category = "audio"')], ''),
    ('category id renamed', [], [('id = "video"', 'id = "camera"'), ('category = "video"', 'category = "camera"')],
     ''),
    ('category removed (its code moved)', [],
     [(VIDEO_SECTION, ''), ('category = "video"', 'category = "stream"')], ''),
    ('category reparented', [], [('title = "Video exception"\nparent = "stream"',
                                  'title = "Video exception"\nparent = "audio"')], ''),
    ('reason removed', [], [(REASON_2, '')], ''),
    ('reason renumbered', [], [('code = 2\n', 'code = 3\n')], ''),
    ('reason renamed', [], [('PERMISSION_DENIED_BY_SYSTEM', 'DENIED_BY_SYSTEM')], ''),
    ('reason added to a code that has reasons', [], [(REASON_2, REASON_2 + REASON_3)], ''),
    ('first reasons of a code', [],
     [('description = "The camera was unplugged."\n',
       'description = "The camera was unplugged."\n' + REASON_3)], ''),
    ('crate renamed', [], [('crate = "sdk-errors"', 'crate = "sdk-error-codes"')], ''),
    ('npm package renamed', [], [('package = "@acme/sdk-errors"', 'package = "@acme/error-codes"')], ''),
    ('TypeScript style changed', [], [('style = "enum"', 'style = "const-object"')], ''),
    ('schema $id changed', [], [('errors.schema.json', 'codes.schema.json')], ''),
    ('reservation removed', [(VIDEO_CODE, '\n[[reserved]]\ncode = 6020\n\n[[reserved]]\ncode = 6030\n')],
     [(VIDEO_CODE, '\n[[reserved]]\ncode = 6020\n')], ''),
    ('reservation added', [], [], '\n[[reserved]]\ncode = 6999\n'),
    ('reservation note changed', [(VIDEO_CODE, '\n[[reserved]]\ncode = 6020\nnote = "Gone."\n')],
     [(VIDEO_CODE, '\n[[reserved]]\ncode = 6020\nnote = "Gone for good."\n')], ''),
    ('code deprecated', [], [('description = "The camera was unplugged."',
                              'description = "The camera was unplugged."\ndeprecated = "Unplugging is reported as 6000."')],
     ''),
    ('code undeprecated', [('description = "The camera was unplugged."',
                            'description = "The camera was unplugged."\ndeprecated = "Gone."')], [], ''),
    ('texts reworded', [], [('Every error of the SDK.', 'All errors.'),
                            ('title = "Audio exception"', 'title = "Audio exceptions"'),
                            ('does not match any device', 'matches no device'),
                            ('Permission denied by user', 'The user denied permission')], ''),
    ('code appended', [], [], NEW_CODE.format(code=7001, name='CHAT_RECEIVE_FAILED', category='chat')),
    ('code inserted in the middle', [],
     [(VIDEO_CODE, NEW_CODE.format(code=6011, name='AUDIO_DEVICE_BUSY', category='audio') + VIDEO_CODE)], ''),
    ('section appended', [], [], '\n[[category]]\nid = "whiteboard"\ntitle = "Whiteboard exception"\n'
                                 + NEW_CODE.format(code=8000, name='WHITEBOARD_FAILED', category='whiteboard')),
    ('section inserted in the middle', [],
     [(VIDEO_SECTION, SCREEN_SECTION + NEW_CODE.format(code=6050, name='SCREEN_SHARE_FAILED', category='screen')
       + '\n' + VIDEO_SECTION)], ''),
    ('two sections swapped', [],
     [(VIDEO_SECTION + VIDEO_CODE, ''),
      (AUDIO_SECTION_START, VIDEO_SECTION + VIDEO_CODE + '\n' + AUDIO_SECTION_START)], ''),
    ('error type appended', [], [(ERROR_TYPES, 'error_types = ["INVALID_OPERATION", "INTERNAL_ERROR", "TIMEOUT"]')],
     ''),
    ('error type inserted in the middle', [],
     [(ERROR_TYPES, 'error_types = ["INVALID_OPERATION", "TIMEOUT", "INTERNAL_ERROR"]')], ''),
    ('error types swapped', [], [(ERROR_TYPES, 'error_types = ["INTERNAL_ERROR", "INVALID_OPERATION"]')], ''),
    ('error type removed', [], [(ERROR_TYPES, 'error_types = ["INTERNAL_ERROR"]')], ''),
    ('version went backwards (1.4.0 -> 1.3.9)', [('version = "0.1.0"', 'version = "1.4.0"')],
     [('version = "0.1.0"', 'version = "1.3.9"')], ''),
]


def edited(edits, append, case):
    text = BASE
    for old, new in edits:
        if text.count(old) != 1:
            sys.exit(f'{case}: `{old}` must occur exactly once')
        text = text.replace(old, new, 1)
    return text + append


def run(args, cwd=None, env=None):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)


def slug(name):
    return re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')


def semver_checks(old_crate, new_crate, env):
    result = run(['cargo', 'semver-checks', 'check-release', '--manifest-path', f'{new_crate}/Cargo.toml',
                  '--baseline-root', old_crate, '--release-type', 'patch'], env=env)
    output = result.stdout + result.stderr
    lints = sorted(set(re.findall(r'--- failure ([a-z0-9_]+):', output)))
    summary = re.search(r'Summary semver requires new (major|minor) version', output)
    if summary:
        verdict = summary.group(1)
    elif re.search(r'Summary no semver update required', output):
        verdict = 'none'
    else:
        # No verdict: the first line of the error (e.g. a renamed crate is
        # not found in the baseline at all).
        errors = [line.strip() for line in output.splitlines() if line.strip().startswith(('error', 'package'))]
        verdict = 'no verdict: ' + ' / '.join(errors[:2]).replace(old_crate, 'the baseline').replace('|', '/')
    return verdict, lints


def breaking(xtask, repo):
    result = run([xtask, 'breaking', '--against', 'HEAD', '--catalogue', f'{repo}/catalogue.toml'])
    rules = []
    for line in result.stdout.splitlines():
        match = re.match(r'\S+:\d+:\d+: ([A-Z_]+): ', line)
        if match and match.group(1) not in rules:
            rules.append(match.group(1))
    needs = re.search(r'the changes need an? (\w+) release', result.stdout)
    errors = [line.split(': ', 1)[1] for line in result.stderr.splitlines()
              if line.startswith('error: ') and 'not covered' not in line]
    verdict = needs.group(1) if needs else 'none'
    return verdict, rules, result.returncode, errors


def main():
    work = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'target', 'semver-oracle'))
    only = sys.argv[2] if len(sys.argv) > 2 else ''
    if shutil.which('cargo-semver-checks') is None:
        sys.exit('cargo-semver-checks is not on PATH: cargo install --locked cargo-semver-checks')
    build = run(['cargo', 'build', '--quiet', '-p', 'xtask'], cwd=ROOT)
    if build.returncode != 0:
        sys.exit(build.stderr)
    xtask = os.path.join(ROOT, 'target', 'debug', 'xtask')
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(work, 'target'))
    version = run(['cargo', 'semver-checks', '--version']).stdout.strip()
    print(f'{version}; `breaking` of {run(["git", "-C", ROOT, "describe", "--always", "--dirty"]).stdout.strip()}\n')
    print('| case | cargo-semver-checks (lints) | breaking (rules) | exit |')
    print('|---|---|---|---|')
    for name, old_edits, new_edits, append in CASES:
        if only not in name:
            continue
        case_dir = os.path.join(work, slug(name))
        shutil.rmtree(case_dir, ignore_errors=True)
        repo, old_out, new_out = (os.path.join(case_dir, part) for part in ('repo', 'old', 'new'))
        for folder in (repo, old_out, new_out):
            os.makedirs(folder)
        for out, text in ((old_out, edited(old_edits, '', name)), (new_out, edited(new_edits, append, name))):
            with open(f'{repo}/catalogue.toml', 'w') as file:
                file.write(text)
            generated = run([xtask, 'gen', '--catalogue', f'{repo}/catalogue.toml', '--out', out])
            if generated.returncode != 0:
                sys.exit(f'{name}: gen failed:\n{generated.stderr}')
            if out == old_out:
                for args in (['init', '--quiet'], ['add', 'catalogue.toml'],
                             ['-c', 'user.name=oracle', '-c', 'user.email=oracle@example.invalid',
                              'commit', '--quiet', '-m', 'baseline']):
                    run(['git', '-C', repo, *args])
        theirs, lints = semver_checks(f'{old_out}/rust', f'{new_out}/rust', env)
        ours, rules, status, errors = breaking(xtask, repo)
        their_text = theirs + (f' ({", ".join(lints)})' if lints else '')
        our_text = ours + (f' ({", ".join(rules)})' if rules else '')
        if errors and not rules:
            our_text += ' — ' + '; '.join(errors)
        print(f'| {name} | {their_text} | {our_text} | {status} |', flush=True)


if __name__ == '__main__':
    main()
