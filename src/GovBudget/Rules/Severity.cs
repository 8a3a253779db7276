namespace GovBudget.Rules;

/// <summary>How serious a finding is, from least to most.</summary>
public enum Severity
{
    /// <summary>A difference explained by rounding (尾差), or an informational note.</summary>
    Info = 0,

    /// <summary>核实性: plausible but to be explained.</summary>
    Warning = 1,

    /// <summary>逻辑性: a logical relation does not hold.</summary>
    Inconsistency = 2,

    /// <summary>基本平衡: a relation that must hold does not.</summary>
    Error = 3,
}
