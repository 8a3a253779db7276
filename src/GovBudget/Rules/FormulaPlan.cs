using GovBudget.Rules.Formulas;

namespace GovBudget.Rules;

/// <summary>What <see cref="FormulaRule"/> needs on every run, taken from its formula once: the terms flattened with
/// their tables, where each operand's terms start, the relations, and how rows, columns and variables vary.</summary>
internal sealed class FormulaPlan
{
    public FormulaPlan(Formula formula)
    {
        var terms = new List<PlannedTerm>();
        var starts = new List<int>();
        foreach (var operand in formula.Operands)
        {
            starts.Add(terms.Count);
            foreach (var term in operand.Terms)
            {
                terms.Add(new PlannedTerm(term.Reference.TableId ?? formula.TableId ?? string.Empty, term.Negative, term.Reference));
            }
        }

        starts.Add(terms.Count);
        Terms = [.. terms];
        OperandStarts = [.. starts];
        Relations = [.. formula.Relations];
        EachRow = terms.Exists(t => t.Reference.Row.Kind == RowSelectorKind.EachRow);
        EachColumn = terms.Exists(t => t.Reference.Column.IsEach);
        Variable = terms.Where(t => t.Reference.Row.Kind == RowSelectorKind.Variable).Select(t => t.Reference.Row.Variable).OfType<string>().FirstOrDefault();
        VariableTables = [.. terms.Where(t => t.Reference.Row.Kind == RowSelectorKind.Variable).Select(t => t.TableId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every term, operand after operand.</summary>
    public PlannedTerm[] Terms { get; }

    /// <summary>Where the terms of operand <c>i</c> start; one more entry than operands (the end).</summary>
    public int[] OperandStarts { get; }

    /// <summary>The relations between neighbouring operands.</summary>
    public Relation[] Relations { get; }

    /// <summary><see langword="true"/> when some reference reads each row of the formula's table.</summary>
    public bool EachRow { get; }

    /// <summary><see langword="true"/> when some reference reads each amount column.</summary>
    public bool EachColumn { get; }

    /// <summary>The row variable, if any.</summary>
    public string? Variable { get; }

    /// <summary>The tables where the row variable is used (in order, distinct).</summary>
    public string[] VariableTables { get; }
}
