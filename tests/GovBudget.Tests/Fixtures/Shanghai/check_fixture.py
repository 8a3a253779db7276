#!/usr/bin/env python3
"""Check a Shanghai table set file and a disclosure fixture (JSON v2) against each other.

    python3 check_fixture.py [SET.json FIXTURE.json]...

With no arguments it checks both Shanghai sets against their fixtures in this folder (when present).

1. The set: every table, column, line key and role a formula names exists (a small re-implementation of the
   loader's checks, for the subset of the formula language the Shanghai sets use).
2. The fixture: each row has one cell per column of its table kind; amounts have the table's decimals.
3. Every formula and every tree roll-up of the set, evaluated on the fixture in exact decimal arithmetic with the
   尾差 interval semantics of docs/rules.md: a printed figure at precision p stands for [v - p/2, v + p/2].
   Each check prints OK (printed values agree exactly), ROUNDING (differ, intervals intersect),
   FAIL (intervals disjoint) or SKIP (every cell it reads is blank / table has no rows).

Exit code 0 when nothing FAILs, 1 otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
UNITS = {'元': Decimal(1), '万元': Decimal(10000), '亿元': Decimal(100000000)}


def precision_step(p):
    m = re.fullmatch(r'([0-9.]+)(元|万元|亿元)', p)
    return Decimal(m.group(1)) * UNITS[m.group(2)], UNITS[m.group(2)]


class Problem(Exception):
    pass


# ---------------------------------------------------------------- formula parsing (subset of docs/rules.md)

REF = re.compile(r'(表[0-9]+(?:-[0-9]+)?)?\[([^\[\],]+),([^\[\]]+)\]')


def parse(formula):
    table = None
    m = re.match(r'^(表[0-9]+(?:-[0-9]+)?):\s*', formula)
    if m:
        table, formula = m.group(1), formula[m.end():]
    parts = re.split(r'\s*(=|≥|>=|≤|<=)\s*', formula)
    sides, rels = parts[0::2], parts[1::2]
    parsed = []
    for side in sides:
        terms = []
        pos = 0
        sign = 1
        side = side.strip()
        if side.startswith('-'):
            sign, pos = -1, 1
        while pos < len(side):
            m = REF.match(side, pos)
            if not m:
                raise Problem(f'cannot parse at {pos}: {side[pos:]!r}')
            t = m.group(1) or table
            if t is None:
                raise Problem(f'reference without table: {m.group(0)}')
            terms.append((sign, t, m.group(2).strip(), m.group(3).strip()))
            pos = m.end()
            rest = side[pos:].lstrip()
            if not rest:
                break
            op = rest[0]
            if op not in '+-−':
                raise Problem(f'expected + or -: {rest!r}')
            sign = 1 if op == '+' else -1
            pos = len(side) - len(rest) + 1
            while pos < len(side) and side[pos] == ' ':
                pos += 1
        parsed.append(terms)
    rels = ['≥' if r == '>=' else '≤' if r == '<=' else r for r in rels]
    return parsed, rels


# ---------------------------------------------------------------- the set

def load_set(path):
    s = json.load(open(path, encoding='utf-8'))
    tables = {t['id']: t for t in s['tables']}
    rules = []  # (id, class, formula, owner)
    for t in s['tables']:
        for f in t.get('formulas', []):
            rules.append((f['id'], f['class'], f['formula'], t['id']))
    for f in s.get('formulas', []):
        rules.append((f['id'], f['class'], f['formula'], None))
    ids = [r[0] for r in rules] + [t['rollUp'] for t in s['tables'] if 'rollUp' in t]
    dup = {i for i in ids if ids.count(i) > 1}
    problems = [f'duplicate rule id {i}' for i in sorted(dup)]
    for rid, cls, formula, owner in rules:
        if cls not in ('basic-balance', 'logical', 'verification'):
            problems.append(f'{rid}: unknown class {cls}')
        try:
            sides, _ = parse(formula)
        except Problem as e:
            problems.append(f'{rid}: {e}')
            continue
        for side in sides:
            for _, t, row, col in side:
                problems += [f'{rid}: {p}' for p in check_ref(tables, t, row, col)]
    for role, target in s.get('roles', {}).items():
        if '[' in target:
            m = REF.fullmatch(target)
            problems += [f'role {role}: {p}' for p in check_ref(tables, m.group(1), m.group(2), m.group(3))]
        elif target not in tables:
            problems.append(f'role {role}: unknown table {target}')
    return s, tables, rules, problems


def check_ref(tables, t, row, col):
    if t not in tables:
        return [f'unknown table {t}']
    d = tables[t]
    out = []
    cols = [c['id'] for c in d['columns']]
    if col != '*' and col not in cols and not col.isdigit():
        out.append(f'{t}: unknown column {col}')
    kinds = d['rows']
    if row.startswith('I:'):
        if row not in [l['key'] for l in d.get('lines', [])]:
            out.append(f'{t}: unknown line {row}')
    elif row in ('合计',):
        if 'total' not in kinds:
            out.append(f'{t}: no total row')
    elif row in ('{类}', '{款}', '{项}', '{科目}', 'Σ类', 'Σ款', 'Σ项'):
        if 'functional' not in kinds:
            out.append(f'{t}: no functional rows for {row}')
    elif row.isdigit():
        if not ('functional' in kinds or 'economic' in kinds):
            out.append(f'{t}: no coded rows for {row}')
    elif row != '*':
        out.append(f'{t}: unknown row {row}')
    return out


# ---------------------------------------------------------------- the fixture

class Doc:
    def __init__(self, path, tables):
        self.d = json.load(open(path, encoding='utf-8'))
        self.defs = tables
        self.t = {}
        self.problems = []
        for i, t in enumerate(self.d['tables']):
            kind = t['kind']
            cols = [c['id'] for c in tables[kind]['columns']]
            step, unit = precision_step(t['precision'])
            decimals = max(0, -(step / unit).normalize().as_tuple().exponent)
            rows = {}
            order = []
            for r in t['rows']:
                if len(r['cells']) != len(cols):
                    self.problems.append(f'$.tables[{i}] {kind} {r["key"]}: {len(r["cells"])} cells, kind has {len(cols)}')
                for c in r['cells']:
                    if c is not None and not re.fullmatch(r'-?\d+' + (r'\.\d{%d}' % decimals if decimals else ''), c):
                        self.problems.append(f'{kind} {r["key"]}: {c!r} does not have the table precision {t["precision"]}')
                if r['key'] in rows:
                    self.problems.append(f'{kind}: duplicate row {r["key"]}')
                rows[r['key']] = dict(zip(cols, r['cells']))
                order.append(r['key'])
            self.t[kind] = dict(rows=rows, order=order, step=step, unit=unit, cols=cols)

    def value(self, t, key, col):
        """(exact 元, half-width 元, printed?) or None when blank/absent."""
        tab = self.t.get(t)
        if tab is None:
            return None
        row = tab['rows'].get(key)
        if row is None or row.get(col) is None:
            return None
        v = Decimal(row[col]) * tab['unit']
        return v, tab['step'] / 2

    def subjects(self, t, level=None):
        tab = self.t.get(t)
        if tab is None:
            return []
        out = []
        for k in tab['order']:
            if k.startswith('F'):
                code = k[1:]
                if level is None or len(code) == level:
                    out.append(code)
        return out


def row_key(defs, t, row):
    if row == '合计':
        return 'total'
    if row.startswith('I:'):
        return row
    if row.isdigit():
        return ('E' if 'economic' in defs[t]['rows'] else 'F') + row
    raise Problem(row)


def evaluate(doc, defs, sides, rels, binding=None, col_binding=None):
    """Evaluate one instance; returns (status, text) or None to skip."""
    values = []
    any_value = False
    for side in sides:
        exact = Decimal(0)
        width = Decimal(0)
        parts = []
        for sign, t, row, col in side:
            c = col_binding if col == '*' else col
            if row == 'Σ类':
                keys = ['F' + k for k in doc.subjects(t, 3)]
            elif row == '{类}' or row == '{科目}':
                keys = ['F' + binding]
            elif row == '*':
                keys = [binding]
            else:
                keys = [row_key(defs, t, row)]
            for k in keys:
                v = doc.value(t, k, c)
                if v is not None:
                    any_value = True
                    exact += sign * v[0]
                    width += v[1]
                    parts.append(f'{"-" if sign < 0 else ""}{t}[{k},{c}]={v[0]}')
                else:
                    parts.append(f'{"-" if sign < 0 else ""}{t}[{k},{c}]=blank')
        values.append((exact, width, ' + '.join(parts)))
    if not any_value:
        return None
    worst = 'OK'
    for (a, wa, _), rel, (b, wb, _) in zip(values, rels, values[1:]):
        if rel == '=':
            st = 'OK' if a == b else ('ROUNDING' if abs(a - b) <= wa + wb else 'FAIL')
        elif rel == '≥':
            st = 'OK' if a >= b else ('ROUNDING' if a + wa >= b - wb else 'FAIL')
        else:
            st = 'OK' if a <= b else ('ROUNDING' if a - wa <= b + wb else 'FAIL')
        order = ['OK', 'ROUNDING', 'FAIL']
        if order.index(st) > order.index(worst):
            worst = st
    text = f' {rels[0]} '.join(f'{e} ({p})' for e, _, p in values)
    return worst, text


def run_rule(doc, defs, rid, formula):
    sides, rels = parse(formula)
    refs = [r for s in sides for r in s]
    tables = {t for _, t, _, _ in refs}
    if any(t not in doc.t for t in tables):
        absent = sorted(t for t in tables if t not in doc.t)
        return [('SKIP', f'{rid}: {", ".join(absent)} not in the fixture')]
    # a table printed empty (no rows) reads as blank cells, which count as zero
    rows_b = [None]
    if any(r == '*' for _, _, r, _ in refs):
        t = refs[0][1]
        rows_b = doc.t[t]['order']
        if not rows_b:
            return [('SKIP', f'{rid}: no rows in {t}')]
    elif any(r == '{类}' for _, _, r, _ in refs):
        rows_b = sorted({c for t in tables for c in doc.subjects(t, 3)})
    elif any(r == '{科目}' for _, _, r, _ in refs):
        rows_b = sorted({c for t in tables for c in doc.subjects(t)})
    cols_b = [None]
    if any(c == '*' for _, _, _, c in refs):
        cols_b = doc.t[refs[0][1]]['cols']
    out = []
    for rb in rows_b:
        for cb in cols_b:
            r = evaluate(doc, defs, sides, rels, rb, cb)
            if r is None:
                continue
            where = ''.join(f'[{x}]' for x in (rb, cb) if x)
            out.append((r[0], f'{rid}{where}: {r[1]}'))
    return out or [('SKIP', f'{rid}: every cell blank')]


def run_rollup(doc, defs, rid, t):
    tab = doc.t.get(t)
    if not tab or not tab['rows']:
        return [('SKIP', f'{rid}: no rows in {t}')]
    prefix = 'E' if 'economic' in defs[t]['rows'] else 'F'
    keys = [k for k in tab['order'] if k.startswith(prefix)]
    levels = (3, 5, 7) if prefix == 'F' else (3, 5)
    out = []
    for col in tab['cols']:
        checks = []
        for k in keys:
            code = k[1:]
            if len(code) == levels[-1]:
                continue
            nxt = levels[levels.index(len(code)) + 1]
            kids = [c for c in keys if len(c[1:]) == nxt and c[1:].startswith(code)]
            if kids:
                checks.append((k, kids))
        checks.append(('total', [k for k in keys if len(k[1:]) == 3]))
        for parent, kids in checks:
            pv = doc.value(t, parent, col)
            vs = [doc.value(t, k, col) for k in kids]
            if pv is None and all(v is None for v in vs):
                continue
            a, wa = pv if pv else (Decimal(0), Decimal(0))
            b = sum((v[0] for v in vs if v), Decimal(0))
            wb = sum((v[1] for v in vs if v), Decimal(0))
            st = 'OK' if a == b else ('ROUNDING' if abs(a - b) <= wa + wb else 'FAIL')
            out.append((st, f'{rid}[{parent},{col}]: {a} = Σ{len(kids)} {b}'))
    return out


def check(set_path, fixture_path, verbose=False):
    s, defs, rules, problems = load_set(set_path)
    print(f'== {os.path.relpath(set_path, REPO)}: {len(rules)} formulas, '
          f'{sum(1 for t in s["tables"] if "rollUp" in t)} roll-ups')
    for p in problems:
        print('  SET PROBLEM', p)
    if fixture_path is None or not os.path.exists(fixture_path):
        return not problems
    doc = Doc(fixture_path, defs)
    print(f'== {os.path.relpath(fixture_path, REPO)}')
    if doc.d.get('tableSet') != s['id']:
        problems.append(f'fixture tableSet {doc.d.get("tableSet")} != {s["id"]}')
    for p in doc.problems:
        print('  FIXTURE PROBLEM', p)
    problems += doc.problems
    results = []
    for rid, _, formula, _ in rules:
        results += [(rid, st, txt) for st, txt in run_rule(doc, defs, rid, formula)]
    for t in s['tables']:
        if 'rollUp' in t:
            results += [(t['rollUp'], st, txt) for st, txt in run_rollup(doc, defs, t['rollUp'], t['id'])]
    summary = {}
    for rid, st, txt in results:
        summary.setdefault(rid, set()).add(st)
        if st != 'OK' or verbose:
            print(f'  {st:8} {txt}')
    counts = {k: sum(1 for _, st, _ in results if st == k) for k in ('OK', 'ROUNDING', 'FAIL', 'SKIP')}
    print(f'  {len(summary)} rules, {len(results)} checks: ' + ', '.join(f'{v} {k}' for k, v in counts.items()))
    return not problems and counts['FAIL'] == 0


def main(argv):
    verbose = '-v' in argv
    argv = [a for a in argv if a != '-v']
    data = os.path.join(REPO, 'src', 'GovBudget', 'Tables', 'Sets', 'Data')
    pairs = list(zip(argv[0::2], argv[1::2])) or [
        (os.path.join(data, 'shanghai.budget.json'), os.path.join(HERE, 'putuo-commerce-2025-budget.json')),
        (os.path.join(data, 'shanghai.unit-budget.json'), os.path.join(HERE, 'putuo-commerce-2025-unit-budget.json')),
    ]
    ok = True
    for sp, fp in pairs:
        ok &= check(sp, fp, verbose)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
