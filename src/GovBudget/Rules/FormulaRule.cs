using GovBudget.Classification;
using GovBudget.Rules.Formulas;
using GovBudget.Tables;

namespace GovBudget.Rules;

/// <summary>
/// A rule given by a <see cref="Formula"/>: line formulas (<c>公开01: 27行 = (1+2+…+8)行</c>, checked in each amount
/// column), column formulas (<c>公开07: 6栏 = 1栏 + 2栏 − 3栏</c>, checked in each row), explicit cells
/// (<c>表5-1[合计,基本支出] = 表6[合计,合计]</c>) and row variables (<c>表1[{类},预算数] = 表3[{类},合计]</c>, checked for
/// every 类 printed in either table). Users add their own with <see cref="Parse"/>.
/// </summary>
public sealed class FormulaRule : Rule
{
    /// <summary>Creates a formula rule.</summary>
    /// <exception cref="ArgumentException">The formula uses each-row or each-column references but names no table, or mixes row variables.</exception>
    public FormulaRule(string id, RuleClass ruleClass, string descriptionZh, string descriptionEn, Formula formula, RuleGuard guard = RuleGuard.None)
        : base(id, ruleClass, descriptionZh, descriptionEn, guard)
    {
        ArgumentNullException.ThrowIfNull(formula);
        Formula = formula;
        var references = formula.References.ToList();
        if (formula.TableId is null && references.Any(r => r.TableId is null || r.Row.Kind == RowSelectorKind.EachRow || r.Column.IsEach))
        {
            throw new ArgumentException($"Formula '{formula}' has references without a table, or to each row or column, but no table prefix.", nameof(formula));
        }

        if (references.Where(r => r.Row.Kind == RowSelectorKind.Variable).Select(r => r.Row.Variable).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException($"Formula '{formula}' uses more than one row variable.", nameof(formula));
        }

        _plan = new FormulaPlan(formula);
        _identity = _plan.Terms.Length == 2 && _plan.OperandStarts is [0, 1, 2] && _plan.Relations is [Relation.Equal] && !_plan.Terms[0].Negative && !_plan.Terms[1].Negative
            && _plan.Terms.All(t => t.Reference.Row.Kind != RowSelectorKind.SumOf);

        // Each-row and each-column references range over the formula's own table, so the rule needs it too.
        Tables = _plan.EachRow || _plan.EachColumn ? [.. formula.Tables.Append(formula.TableId!).Distinct(StringComparer.Ordinal)] : [.. formula.Tables];
    }

    private readonly FormulaPlan _plan;

    /// <summary><see langword="true"/> for <c>a = b</c> between two single cells: two printings of one quantity.</summary>
    private readonly bool _identity;

    /// <summary>Parses a rule from formula text.</summary>
    /// <exception cref="GovBudgetFormatException">The text is not a formula (the exception gives the column).</exception>
    public static FormulaRule Parse(string id, RuleClass ruleClass, string descriptionZh, string descriptionEn, string formula)
        => new(id, ruleClass, descriptionZh, descriptionEn, Formula.Parse(formula));

    /// <summary>The formula.</summary>
    public Formula Formula { get; }

    /// <inheritdoc />
    public override string FormulaText => Formula.ToString();

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables { get; }

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context) => CollectFindings(context);

    /// <summary>
    /// The fast path: sums the printed values of each operand straight from the tables (row and column indexes
    /// resolved once per run) and compares them. Only where a relation does not hold exactly are the operands built
    /// with their contributors (<see cref="EvaluateAt"/>), which gives the finding.
    /// </summary>
    internal override void EvaluateCoreInto(RuleContext context, List<Finding> sink)
    {
        var disclosure = context.Disclosure;
        var own = Formula.TableId is null ? null : disclosure.FindTable(Formula.TableId); // present whenever EachRow or EachColumn (see Tables)

        var terms = _plan.Terms;
        var scratch = context.Scratch;
        var states = scratch.TermStates(terms.Length);
        var sumRows = scratch.SumRows;
        sumRows.Clear();
        for (var t = 0; t < terms.Length; t++)
        {
            ref var state = ref states[t];
            var term = terms[t];
            var table = disclosure.FindTable(term.TableId);
            state = default;
            state.Table = table;
            var column = term.Reference.Column.ColumnId;
            state.Column = column is null ? -1 : ColumnIndex(table, column);
            switch (term.Reference.Row.Kind)
            {
                case RowSelectorKind.Key:
                    state.Key = ResolveKey(table, term.Reference.Row.Key);
                    state.Row = table?.IndexOf(state.Key) ?? -1;
                    break;
                case RowSelectorKind.SumOf:
                    state.SumStart = sumRows.Count;
                    var keys = scratch.BindKeys;
                    Bind(term.Reference.Row.Variable!, table, keys);
                    foreach (var key in keys)
                    {
                        var resolved = ResolveKey(table, key);
                        sumRows.Add((table?.IndexOf(resolved) ?? -1, resolved.Kind == RowKeyKind.Total));
                    }

                    state.SumCount = sumRows.Count - state.SumStart;
                    break;
            }
        }

        List<RowKey>? bindings = null;
        if (_plan.Variable is { } variable)
        {
            bindings = scratch.Bindings;
            bindings.Clear();
            var bindKeys = scratch.BindKeys;
            foreach (var tableId in _plan.VariableTables)
            {
                Bind(variable, disclosure.FindTable(tableId), bindKeys);
                bindings.AddRange(bindKeys);
            }

            if (_plan.VariableTables.Length > 1)
            {
                SortDistinct(bindings);
            }
        }

        var rowCount = _plan.EachRow ? own!.Rows.Count : 1;
        var columns = _plan.EachColumn ? TableDefinitionIndex.For(own!.Definition).AmountColumns : NoColumns;
        var columnCount = _plan.EachColumn ? columns.Length : 1;
        var bindingCount = bindings?.Count ?? 1;
        Span<long> printed = stackalloc long[_plan.OperandStarts.Length - 1];
        for (var b = 0; b < bindingCount; b++)
        {
            if (bindings is not null)
            {
                var binding = bindings[b];
                for (var t = 0; t < terms.Length; t++)
                {
                    if (terms[t].Reference.Row.Kind == RowSelectorKind.Variable)
                    {
                        ref var state = ref states[t];
                        state.Key = ResolveKey(state.Table, binding);
                        state.Row = state.Table?.IndexOf(state.Key) ?? -1;
                    }
                }
            }

            for (var r = 0; r < rowCount; r++)
            {
                if (_plan.EachRow)
                {
                    var rowKey = own!.Rows[r].Key;
                    for (var t = 0; t < terms.Length; t++)
                    {
                        if (terms[t].Reference.Row.Kind == RowSelectorKind.EachRow)
                        {
                            ref var state = ref states[t];
                            if (ReferenceEquals(state.Table, own))
                            {
                                state.Key = rowKey;
                                state.Row = r;
                            }
                            else
                            {
                                state.Key = ResolveKey(state.Table, rowKey);
                                state.Row = state.Table?.IndexOf(state.Key) ?? -1;
                            }
                        }
                    }
                }

                for (var c = 0; c < columnCount; c++)
                {
                    var outcome = SumOperands(context, own, states, sumRows, _plan.EachColumn ? columns[c] : -1, printed);
                    if (outcome == Outcome.Skip)
                    {
                        continue;
                    }

                    scratch.ChecksRun++;

                    if (outcome == Outcome.Holds && Holds(printed))
                    {
                        if (_identity && context.Joint is { } joint)
                        {
                            RecordIdentity(joint, own, states, _plan.EachColumn ? columns[c] : -1);
                        }

                        continue;
                    }

                    sink.AddRange(EvaluateAt(
                        context,
                        _plan.EachRow ? own!.Rows[r].Key : null,
                        _plan.EachColumn ? own!.Definition.Columns[columns[c]].Id : null,
                        bindings is null ? null : bindings[b]));
                }
            }
        }
    }

    private static readonly int[] NoColumns = [];

    /// <summary>
    /// An identity that holds exactly between printings at different precisions (200000.00 元 = 20.00 万元) still tells the
    /// joint 尾差 decision which printing is finer; at one precision it tells nothing the intervals do not, and is not logged.
    /// </summary>
    private void RecordIdentity(Rounding.RelationLog joint, Table? own, TermState[] states, int ownColumn)
    {
        ref var left = ref states[0];
        ref var right = ref states[1];
        if (left.Table is not { } a || right.Table is not { } b || a.Precision == b.Precision || left.Row < 0 || right.Row < 0)
        {
            return;
        }

        var leftColumn = _plan.Terms[0].Reference.Column.IsEach ? (ReferenceEquals(a, own) ? ownColumn : ColumnIndex(a, own!.Definition.Columns[ownColumn].Id)) : left.Column;
        var rightColumn = _plan.Terms[1].Reference.Column.IsEach ? (ReferenceEquals(b, own) ? ownColumn : ColumnIndex(b, own!.Definition.Columns[ownColumn].Id)) : right.Column;
        if (leftColumn < 0 || rightColumn < 0)
        {
            return;
        }

        var leftCell = a.Rows[left.Row].Cells[leftColumn];
        var rightCell = b.Rows[right.Row].Cells[rightColumn];
        joint.RecordIdentity(
            this,
            new CellAddress(a.Id, a.Rows[left.Row].Key, a.Definition.Columns[leftColumn].Id),
            leftCell.Kind == CellKind.Amount ? new Amounts.ReportedValue(leftCell.AmountOrZero, a.Precision) : null,
            new CellAddress(b.Id, b.Rows[right.Row].Key, b.Definition.Columns[rightColumn].Id),
            rightCell.Kind == CellKind.Amount ? new Amounts.ReportedValue(rightCell.AmountOrZero, b.Precision) : null);
    }

    private enum Outcome
    {
        Holds,
        Skip,
        Slow,
    }

    private bool Holds(ReadOnlySpan<long> printed)
    {
        var relations = _plan.Relations;
        for (var i = 0; i < relations.Length; i++)
        {
            var holds = relations[i] switch
            {
                Relation.GreaterOrEqual => printed[i] >= printed[i + 1],
                Relation.LessOrEqual => printed[i] <= printed[i + 1],
                _ => printed[i] == printed[i + 1],
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private Outcome SumOperands(RuleContext context, Table? own, TermState[] states, List<(int Row, bool IsTotal)> sumRows, int ownColumn, Span<long> printed)
    {
        var terms = _plan.Terms;
        var starts = _plan.OperandStarts;
        var anyValue = false;
        var slow = false;
        for (var o = 0; o < starts.Length - 1; o++)
        {
            long sum = 0;
            for (var t = starts[o]; t < starts[o + 1]; t++)
            {
                ref var state = ref states[t];
                var table = state.Table;
                if (table is null)
                {
                    return Outcome.Skip; // a missing table is unknown
                }

                var column = state.Column;
                if (terms[t].Reference.Column.IsEach)
                {
                    column = ReferenceEquals(table, own) ? ownColumn : ColumnIndex(table, own!.Definition.Columns[ownColumn].Id);
                }

                if (column >= 0 && !table.IsPrinted(column))
                {
                    // A column the document does not print is unknown, not zero: the relation cannot be checked.
                    context.ReportNotChecked(this, table.Id, table.Definition.Columns[column].Id, NotCheckedReason.ColumnNotPrinted);
                    return Outcome.Skip;
                }

                long value = 0;
                if (terms[t].Reference.Row.Kind == RowSelectorKind.SumOf)
                {
                    for (var k = state.SumStart; k < state.SumStart + state.SumCount; k++)
                    {
                        var (row, isTotal) = sumRows[k];
                        switch (CellValue(table, row, isTotal, column, ref anyValue, ref slow, out var amount))
                        {
                            case Outcome.Skip:
                                return Outcome.Skip;
                            default:
                                value = checked(value + amount);
                                break;
                        }
                    }
                }
                else if (CellValue(table, state.Row, state.Key.Kind == RowKeyKind.Total, column, ref anyValue, ref slow, out var amount) == Outcome.Skip)
                {
                    return Outcome.Skip;
                }
                else
                {
                    value = amount;
                }

                sum = terms[t].Negative ? checked(sum - value) : checked(sum + value);
            }

            printed[o] = sum;
        }

        return !anyValue ? Outcome.Skip : slow ? Outcome.Slow : Outcome.Holds;
    }

    private static Outcome CellValue(Table table, int row, bool isTotal, int column, ref bool anyValue, ref bool slow, out long amount)
    {
        amount = 0;
        if (row < 0)
        {
            // A row not printed: zero, or unknown in an incomplete table or for a 合计 row the table does not print.
            return table.IsIncomplete || isTotal ? Outcome.Skip : Outcome.Holds;
        }

        if (column < 0)
        {
            slow = true; // no such column: the full path reports it as before
            return Outcome.Holds;
        }

        var cell = table.Rows[row].Cells[column];
        if (cell.Kind == CellKind.Amount)
        {
            anyValue = true;
            amount = cell.AmountOrZero.Ticks;
        }

        return Outcome.Holds;
    }

    private static int ColumnIndex(Table? table, string columnId)
    {
        if (table is null)
        {
            return -1;
        }

        var definition = table.Definition;
        var index = definition.ColumnIndex(columnId);
        return index >= 0 ? index : definition.FindColumn(columnId) is { } found ? definition.ColumnIndex(found.Id) : -1;
    }

    private static RowKey ResolveKey(Table? table, RowKey key)
    {
        if (table is not null && key.Kind == RowKeyKind.Functional && table.IndexOf(key) < 0
            && TableDefinitionIndex.For(table.Definition).TryGetLineFor(key.FunctionalCode!.Value, out var line))
        {
            // Summary tables list 类 on numbered lines: the line that reports this subject.
            return line;
        }

        return key;
    }

    /// <summary>The printed keys of <paramref name="table"/> (with a value) that match a row variable, sorted, into <paramref name="keys"/>.</summary>
    private static void Bind(string variable, Table? table, List<RowKey> keys)
    {
        keys.Clear();
        if (table is null)
        {
            return;
        }

        var index = TableDefinitionIndex.For(table.Definition);
        var rows = table.Rows;
        var columns = table.Definition.Columns.Count;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var key = row.Key;
            if (key.Kind == RowKeyKind.Line && index.SubjectOfLine(key) is { } subject)
            {
                key = RowKey.Functional(subject);
            }

            if (!Matches(variable, key) || !HasAmount(row, columns))
            {
                continue;
            }

            keys.Add(key);
        }

        SortDistinct(keys);
    }

    private static bool HasAmount(TableRow row, int columns)
    {
        var cells = row.Cells;
        for (var c = 0; c < columns && c < cells.Count; c++)
        {
            if (cells[c].Kind == CellKind.Amount)
            {
                return true;
            }
        }

        return false;
    }

    private static void SortDistinct(List<RowKey> keys)
    {
        if (keys.Count < 2)
        {
            return;
        }

        keys.Sort();
        var kept = 1;
        for (var i = 1; i < keys.Count; i++)
        {
            if (keys[i].CompareTo(keys[kept - 1]) != 0)
            {
                keys[kept++] = keys[i];
            }
        }

        keys.RemoveRange(kept, keys.Count - kept);
    }

    /// <summary>One combination of row, column and binding, with operands and contributors: the findings it gives.</summary>
    private List<Finding> EvaluateAt(RuleContext context, RowKey? row, string? column, RowKey? binding)
    {
        var findings = new List<Finding>();
        var operands = Formula.Operands
            .Select(o => Operand.Sum(o.Terms.SelectMany(t => Cells(context, t, row, column, binding))))
            .ToList();
        if (!operands.Any(o => o.HasValue) || operands.Any(o => o.Contributors.Any(context.IsUnknown)))
        {
            return findings;
        }

        for (var i = 0; i < Formula.Relations.Count; i++)
        {
            var location = operands[i].Contributors[0].Address;
            var finding = context.Compare(this, location, operands[i], operands[i + 1], Formula.Relations[i]);
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private IEnumerable<(bool Negative, Operand Operand)> Cells(RuleContext context, SignedTerm term, RowKey? row, string? column, RowKey? binding)
    {
        var reference = term.Reference;
        if (reference.Row.Kind != RowSelectorKind.SumOf)
        {
            yield return (term.Negative, context.Cell(Resolve(reference, row, column, binding, context.Disclosure)));
            yield break;
        }

        var keys = new List<RowKey>();
        Bind(reference.Row.Variable!, context.Disclosure.FindTable(reference.TableId ?? Formula.TableId!), keys);
        foreach (var key in keys)
        {
            yield return (term.Negative, context.Cell(Resolve(reference with { Row = RowSelector.Of(key) }, row, column, binding, context.Disclosure)));
        }
    }

    private CellAddress Resolve(CellReference reference, RowKey? row, string? column, RowKey? binding, Disclosures.Disclosure disclosure)
    {
        var tableId = reference.TableId ?? Formula.TableId!;
        var key = reference.Row.Kind switch
        {
            RowSelectorKind.EachRow => row!.Value,
            RowSelectorKind.Variable => binding!.Value,
            _ => reference.Row.Key,
        };
        var table = disclosure.FindTable(tableId);
        key = ResolveKey(table, key);

        var columnId = reference.Column.ColumnId ?? column!;
        if (table?.Definition.FindColumn(columnId) is { } definition)
        {
            columnId = definition.Id;
        }

        return new CellAddress(tableId, key, columnId);
    }

    private static bool Matches(string variable, RowKey key) => variable switch
    {
        "类" => key.FunctionalCode?.Level == SubjectLevel.Class,
        "款" => key.FunctionalCode?.Level == SubjectLevel.Section,
        "项" => key.FunctionalCode?.Level == SubjectLevel.Item,
        "科目" => key.Kind == RowKeyKind.Functional,
        "经济类" => key.EconomicCode?.Level == SubjectLevel.Class,
        "经济款" => key.EconomicCode?.Level == SubjectLevel.Section,
        "经济科目" => key.Kind == RowKeyKind.Economic,
        _ => false,
    };
}
