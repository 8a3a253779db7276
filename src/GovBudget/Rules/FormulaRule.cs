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
        if (formula.TableId is null && references.Any(r => r.TableId is null))
        {
            throw new ArgumentException($"Formula '{formula}' has references without a table but no table prefix.", nameof(formula));
        }

        if (references.Where(r => r.Row.Kind == RowSelectorKind.Variable).Select(r => r.Row.Variable).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException($"Formula '{formula}' uses more than one row variable.", nameof(formula));
        }

        Tables = [.. formula.Tables];
    }

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
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        var disclosure = context.Disclosure;
        var references = Formula.References.ToList();
        var own = Formula.TableId is null ? null : disclosure.FindTable(Formula.TableId);
        IEnumerable<RowKey?> rows = references.Any(r => r.Row.Kind == RowSelectorKind.EachRow) && own is not null
            ? own.Rows.Select(r => (RowKey?)r.Key)
            : [null];
        IEnumerable<string?> columns = references.Any(r => r.Column.IsEach) && own is not null
            ? own.Definition.Columns.Where(c => c.Kind == ColumnKind.Amount).Select(c => (string?)c.Id)
            : [null];
        var variable = references.Where(r => r.Row.Kind == RowSelectorKind.Variable).Select(r => r.Row.Variable).OfType<string>().FirstOrDefault();
        IEnumerable<RowKey?> bindings = variable is null
            ? [null]
            : Bind(variable, references.Where(r => r.Row.Kind == RowSelectorKind.Variable).Select(r => r.TableId ?? Formula.TableId!), disclosure).Select(k => (RowKey?)k);

        foreach (var binding in bindings)
        {
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    var operands = Formula.Operands
                        .Select(o => Operand.Sum(o.Terms.SelectMany(t => Cells(context, t, row, column, binding))))
                        .ToList();
                    if (!operands.Any(o => o.HasValue) || operands.Any(o => o.Contributors.Any(context.IsUnknown)))
                    {
                        continue;
                    }

                    for (var i = 0; i < Formula.Relations.Count; i++)
                    {
                        var location = operands[i].Contributors[0].Address;
                        var finding = context.Compare(this, location, operands[i], operands[i + 1], Formula.Relations[i]);
                        if (finding is not null)
                        {
                            yield return finding;
                        }
                    }
                }
            }
        }
    }

    private IEnumerable<(bool Negative, Operand Operand)> Cells(RuleContext context, SignedTerm term, RowKey? row, string? column, RowKey? binding)
    {
        var reference = term.Reference;
        if (reference.Row.Kind != RowSelectorKind.SumOf)
        {
            yield return (term.Negative, context.Cell(Resolve(reference, row, column, binding, context.Disclosure)));
            yield break;
        }

        var tableId = reference.TableId ?? Formula.TableId!;
        foreach (var key in Bind(reference.Row.Variable!, [tableId], context.Disclosure))
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
        if (table is not null && key.Kind == RowKeyKind.Functional && !table.Contains(key))
        {
            // Summary tables list 类 on numbered lines: find the line that reports this subject.
            var line = table.Definition.Lines.FirstOrDefault(l => l.Subject == key.FunctionalCode);
            if (line is not null)
            {
                key = line.Key;
            }
        }

        var columnId = reference.Column.ColumnId ?? column!;
        if (table?.Definition.FindColumn(columnId) is { } definition)
        {
            columnId = definition.Id;
        }

        return new CellAddress(tableId, key, columnId);
    }

    private static SortedSet<RowKey> Bind(string variable, IEnumerable<string> tableIds, Disclosures.Disclosure disclosure)
    {
        var keys = new SortedSet<RowKey>();
        foreach (var tableId in tableIds.Distinct(StringComparer.Ordinal))
        {
            var table = disclosure.FindTable(tableId);
            if (table is null)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                if (!row.Cells.Any(c => c.Amount is not null))
                {
                    continue;
                }

                var key = row.Key;
                if (key.Kind == RowKeyKind.Line && table.Definition.FindLine(key)?.Subject is { } subject)
                {
                    key = RowKey.Functional(subject);
                }

                if (Matches(variable, key))
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
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
