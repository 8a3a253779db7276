#!/usr/bin/env python3
"""Checks a settlement disclosure fixture against the formulas of its table set, in exact decimal arithmetic.

    python3 check_settlement_fixture.py [fixture.json] [set.json]

Defaults: putuo-social-work-2024-settlement.json beside this script and
src/GovBudget/Tables/Sets/Data/shanghai.settlement.json. Implements the part of the formula language
(docs/rules.md, "Formula syntax") that the table-set files use: an optional `table:` prefix, terms
`[row,column]` / `table[row,column]` joined by + and -, one relation (=, ≥, ≤); rows `合计`, codes, row keys
(`I:…`), `{类}`, `Σ类`, `*`; columns by id or `*`. Blank cells count as zero; a formula is skipped where every
cell it reads is blank. Tree roll-ups (类 = Σ款, 款 = Σ项, 合计 = Σ类) are checked for tables with `rollUp`.

A relation holds exactly, or within 尾差 (a sum of n printed parts differs from its printed total by at most
n × 0.005 万元), or fails. Prints one line per evaluated instance and a summary; exit code 1 when any fails.
"""
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
HALF = Decimal('0.005')


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


class Doc:
    def __init__(self, fixture, tset):
        self.set_tables = {t['id']: t for t in tset['tables']}
        self.tables = {}
        for t in fixture['tables']:
            d = self.set_tables[t['kind']]
            cols = [c['id'] for c in d['columns']]
            printed = t.get('printedColumns', cols)
            rows = {}
            for r in t['rows']:
                cells = r['cells']
                if len(cells) != len(printed):
                    raise SystemExit(f"{t['kind']} {r['key']}: {len(cells)} cells for {len(printed)} columns")
                rows[r['key']] = {c: (None if v is None else Decimal(v)) for c, v in zip(printed, cells)}
            self.tables[t['kind']] = {'rows': rows, 'order': [r['key'] for r in t['rows']], 'columns': cols}

    def economic(self, table):
        return 'economic' in self.set_tables[table]['rows'] and 'functional' not in self.set_tables[table]['rows']

    def row_key(self, table, row):
        if row == '合计':
            return 'total'
        if re.fullmatch(r'\d+', row):
            return ('E' if self.economic(table) else 'F') + row
        return row

    def cell(self, table, row, col):
        t = self.tables.get(table)
        if t is None:
            return None
        return t['rows'].get(self.row_key(table, row), {}).get(col)

    def classes(self, table):
        t = self.tables.get(table)
        return [k for k in t['order'] if re.fullmatch(r'F\d{3}', k)] if t else []


TERM = re.compile(r'\s*([+\-−])?\s*(公开\d\d)?\[([^\],]+),([^\]]+)\]')


def parse(formula):
    table = None
    m = re.match(r'(公开\d\d):\s*', formula)
    if m:
        table, formula = m.group(1), formula[m.end():]
    rel = re.search(r'\s(=|≥|>=|≤|<=)\s', formula)
    sides = [formula[:rel.start()], formula[rel.end():]]
    parsed = []
    for side in sides:
        terms, pos = [], 0
        while pos < len(side.rstrip()):
            t = TERM.match(side, pos)
            if not t:
                raise SystemExit(f'cannot parse {side[pos:]!r} in {formula!r}')
            sign = -1 if t.group(1) in ('-', '−') else 1
            terms.append((sign, t.group(2) or table, t.group(3).strip(), t.group(4).strip()))
            pos = t.end()
        parsed.append(terms)
    return table, parsed[0], {'>=': '≥', '<=': '≤'}.get(rel.group(1), rel.group(1)), parsed[1]


def instances(doc, table, lhs, rhs):
    """Every binding of *, {类} (rows) and * (columns)."""
    terms = lhs + rhs
    rows_star = any(t[2] == '*' for t in terms)
    cols_star = any(t[3] == '*' for t in terms)
    has_class = any(t[2] == '{类}' for t in terms)
    row_bind = [None]
    if rows_star:
        row_bind = list(doc.tables[table]['order']) if table in doc.tables else []
    elif has_class:
        seen = []
        for t in terms:
            if t[2] == '{类}':
                for k in doc.classes(t[1]):
                    if k not in seen and any(v is not None for v in doc.tables[t[1]]['rows'][k].values()):
                        seen.append(k)
        row_bind = [k[1:] for k in seen]
    col_bind = [None]
    if cols_star:
        col_bind = doc.tables[table]['columns'] if table in doc.tables else doc.set_tables[table]['columns']
    for r in row_bind:
        for c in col_bind:
            yield r, c


def side_value(doc, terms, r, c):
    total, read, n = Decimal(0), [], 0
    for sign, tab, row, col in terms:
        col = c if col == '*' else col
        if row == 'Σ类':
            vals = [doc.tables[tab]['rows'][k].get(col) for k in doc.classes(tab)] if tab in doc.tables else []
            vals = [v for v in vals if v is not None]
            total += sign * sum(vals, Decimal(0))
            read += vals
            n += len(vals)
            continue
        row = r if row in ('*', '{类}') else row
        v = doc.cell(tab, row, col)
        if v is not None:
            total += sign * v
            read.append(v)
            n += 1
    return total, read, n


def judge(rel, left, right, nl, nr):
    diff = left - right
    ok = {'=': diff == 0, '≥': diff >= 0, '≤': diff <= 0}[rel]
    if ok:
        return 'holds', diff
    tol = HALF * max(nl, nr) if max(nl, nr) > 1 else Decimal(0)
    if rel == '=' and abs(diff) <= tol or rel == '≥' and -diff <= tol or rel == '≤' and diff <= tol:
        return '尾差', diff
    return 'FAILS', diff


def check_formulas(doc, rules):
    out = []
    for rule in rules:
        table, lhs, rel, rhs = parse(rule['formula'])
        table = table or lhs[0][1]
        any_instance = False
        for r, c in instances(doc, table, lhs, rhs):
            left, lread, nl = side_value(doc, lhs, r, c)
            right, rread, nr = side_value(doc, rhs, r, c)
            if not lread and not rread:
                continue
            any_instance = True
            verdict, diff = judge(rel, left, right, nl, nr)
            where = ', '.join(x for x in (f'row {r}' if r else '', f'column {c}' if c else '') if x)
            out.append((verdict, rule['id'], where, f'{left} {rel} {right} (diff {diff})'))
        if not any_instance:
            out.append(('skipped', rule['id'], '', 'every cell it reads is blank'))
    return out


def check_rollup(doc, table, rid):
    out = []
    t = doc.tables.get(table)
    if not t or not t['rows']:
        return [('skipped', rid, table, 'table has no rows')]
    prefix = 'E' if doc.economic(table) else 'F'
    codes = [k[1:] for k in t['order'] if k.startswith(prefix) and k[1:].isdigit()]
    parents = [(p, [k for k in codes if len(k) == (5 if len(p) == 3 else 7) and k.startswith(p)]) for p in codes if len(p) in (3, 5)]
    if 'total' in t['rows']:
        parents.append(('合计', [k for k in codes if len(k) == 3]))
    for p, kids in parents:
        if not kids:
            continue
        prow = t['rows']['total' if p == '合计' else prefix + p]
        for c in t['columns']:
            vals = [t['rows'][prefix + k].get(c) for k in kids]
            pv = prow.get(c)
            if pv is None and all(v is None for v in vals):
                continue
            s = sum((v for v in vals if v is not None), Decimal(0))
            n = sum(1 for v in vals if v is not None)
            verdict, diff = judge('=', pv or Decimal(0), s, n, n)
            out.append((verdict, rid, f'{table} row {p}, column {c}', f'{pv} = Σ{kids} = {s} (diff {diff})'))
    return out


def amount(text):
    return None if text is None else Decimal(text.replace('万元', ''))


def check_figures(doc, fixture):
    """The figures beside the tables (FIG.* families) and the 预算数 of priorFigures."""
    out = []
    fig = fixture.get('figures', {})
    opex = amount(fig.get('operatingExpenses'))
    if opex is not None:
        public = doc.cell('公开06', 'I:公用经费合计', '决算数')
        out.append((judge('=', opex, public or Decimal(0), 1, 1)[0], 'FIG.OPEX', '机关运行经费 = 公开06 公用经费合计', f'{opex} = {public}'))
    proc = fig.get('procurement')
    if proc:
        total = amount(proc.get('total'))
        parts = [amount(proc.get(k)) for k in ('goods', 'works', 'services') if proc.get(k) is not None]
        verdict, diff = judge('=', total, sum(parts, Decimal(0)), len(parts), len(parts))
        out.append((verdict, 'FIG.PROC.SUM', '货物 + 工程 + 服务 = 总额', f'{total} = {sum(parts, Decimal(0))} (diff {diff})'))
        for k in ('awardedToSmes', 'awardedToSmallAndMicro'):
            if proc.get(k) is not None:
                v = amount(proc[k])
                out.append((judge('≤', v, total, 1, 1)[0], 'FIG.PROC.SME', f'{k} ≤ 总额', f'{v} ≤ {total}'))
    assets = fig.get('assets')
    if assets and assets.get('vehiclesByKind') is not None:
        s = sum(v['count'] for v in assets['vehiclesByKind'])
        out.append(('holds' if s == assets.get('vehicles') else 'FAILS', 'FIG.VEHICLES', '车辆总数 = Σ各类', f"{assets.get('vehicles')} = {s}"))
    budget = {(p['address']['table'], p['address']['row'], p['address']['column']): amount(p['value'])
              for p in fixture.get('priorFigures', []) if p['basis'] == 'budget'}
    for (table, row, col), total in budget.items():
        if row != 'total':
            continue
        items = [v for (t, r, c), v in budget.items() if t == table and c == col and re.fullmatch(r'F\d{7}', r)]
        if items:
            verdict, diff = judge('=', total, sum(items, Decimal(0)), len(items), len(items))
            out.append((verdict, 'priorFigures', f'{table} 预算数 合计 = Σ项', f'{total} = {sum(items, Decimal(0))} (diff {diff})'))
    return out


def main():
    fixture = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / 'putuo-social-work-2024-settlement.json'
    tset = Path(sys.argv[2]) if len(sys.argv) > 2 else REPO / 'src/GovBudget/Tables/Sets/Data/shanghai.settlement.json'
    f, s = load(fixture), load(tset)
    doc = Doc(f, s)
    rules = [r for t in s['tables'] for r in t.get('formulas', [])] + s.get('formulas', [])
    results = check_formulas(doc, rules)
    for t in s['tables']:
        if 'rollUp' in t:
            results += check_rollup(doc, t['id'], t['rollUp'])
    results += check_figures(doc, f)
    counts = {}
    for verdict, rid, where, text in results:
        counts[verdict] = counts.get(verdict, 0) + 1
        print(f'{verdict:8} {rid:28} {where:40} {text}')
    print('summary:', ', '.join(f'{k} {v}' for k, v in sorted(counts.items())))
    return 1 if counts.get('FAILS') else 0


if __name__ == '__main__':
    sys.exit(main())
