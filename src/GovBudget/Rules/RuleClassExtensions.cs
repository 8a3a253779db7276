namespace GovBudget.Rules;

/// <summary>Facts about <see cref="RuleClass"/>.</summary>
public static class RuleClassExtensions
{
    /// <summary>The default severity of findings of a rule class.</summary>
    public static Severity DefaultSeverity(this RuleClass ruleClass) => ruleClass switch
    {
        RuleClass.BasicBalance => Severity.Error,
        RuleClass.Logical => Severity.Inconsistency,
        _ => Severity.Warning,
    };

    /// <summary>The Chinese name (基本平衡, 逻辑性, 核实性).</summary>
    public static string NameZh(this RuleClass ruleClass) => ruleClass switch
    {
        RuleClass.BasicBalance => "基本平衡",
        RuleClass.Logical => "逻辑性",
        _ => "核实性",
    };
}
