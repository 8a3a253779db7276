namespace GovBudget.Rules;

/// <summary>Conditions beyond "its tables are present" under which a rule applies.</summary>
[Flags]
public enum RuleGuard
{
    /// <summary>No extra condition.</summary>
    None = 0,

    /// <summary>Only when every unit of the department is 行政 or 参公 (机关运行经费 rules).</summary>
    AdministrativeUnitsOnly = 1,
}
