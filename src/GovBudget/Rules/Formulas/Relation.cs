namespace GovBudget.Rules.Formulas;

/// <summary>A comparison between two operands of a formula.</summary>
public enum Relation
{
    /// <summary><c>=</c>.</summary>
    Equal = 0,

    /// <summary><c>≥</c>: the left side is at least the right side (a table of all funds vs a table of one fund).</summary>
    GreaterOrEqual = 1,

    /// <summary><c>≤</c>.</summary>
    LessOrEqual = 2,
}
