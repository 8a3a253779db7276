using GovBudget.Collections;

namespace GovBudget.Rules.Formulas;

/// <summary>
/// A 审核公式: operands compared by relations, e.g. <c>公开01: 27行 = (1+2+…+8)行</c> or
/// <c>表5-1[合计,基本支出] = 表6[合计,合计]</c>. Parse the text form with <see cref="Parse"/>; <see cref="ToString"/>
/// writes it back (rule → text → rule gives an equal formula). The syntax is described in <c>docs/rules.md</c>.
/// </summary>
/// <param name="TableId">The formula's own table (the prefix before <c>:</c>), or <see langword="null"/>.</param>
/// <param name="Operands">Two or more operands.</param>
/// <param name="Relations">The relation between each pair of neighbouring operands (one fewer than operands).</param>
public sealed record Formula(string? TableId, EquatableArray<SumExpression> Operands, EquatableArray<Relation> Relations)
{
    /// <summary>Parses the text form.</summary>
    /// <exception cref="GovBudgetFormatException">The text is not a formula; the exception gives the column (1-based) and what was expected.</exception>
    public static Formula Parse(string text) => FormulaParser.Parse(text);

    /// <summary>Tries to parse the text form.</summary>
    public static bool TryParse(string text, out Formula? formula, out GovBudgetFormatException? error)
    {
        try
        {
            formula = FormulaParser.Parse(text);
            error = null;
            return true;
        }
        catch (GovBudgetFormatException ex)
        {
            formula = null;
            error = ex;
            return false;
        }
    }

    /// <summary>Every cell reference of the formula, in order.</summary>
    public IEnumerable<CellReference> References => Operands.SelectMany(o => o.Terms).Select(t => t.Reference);

    /// <summary>The tables the formula reads (its own table for references without one).</summary>
    public IEnumerable<string> Tables => References.Select(r => r.TableId ?? TableId).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The canonical text form.</summary>
    public override string ToString() => FormulaPrinter.Print(this);
}
