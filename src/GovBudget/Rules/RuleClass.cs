namespace GovBudget.Rules;

/// <summary>The class of a 审核公式, which gives the default severity of its findings.</summary>
public enum RuleClass
{
    /// <summary>基本平衡: must hold (→ <see cref="Severity.Error"/>).</summary>
    BasicBalance = 0,

    /// <summary>逻辑性: a logical relation (→ <see cref="Severity.Inconsistency"/>).</summary>
    Logical = 1,

    /// <summary>核实性: plausibility, to be explained (→ <see cref="Severity.Warning"/>).</summary>
    Verification = 2,
}
