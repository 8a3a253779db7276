namespace GovBudget.Rules;

/// <summary>What became of one rule in a validation run (<see cref="RuleStatus"/>).</summary>
public enum RuleState
{
    /// <summary>The rule ran and checked everything it checks.</summary>
    Ran = 0,

    /// <summary>The rule ran, but some relations could not be checked (<see cref="RuleStatus.Reasons"/>).</summary>
    Partly = 1,

    /// <summary>The rule applies, but none of its relations could be checked (<see cref="RuleStatus.Reasons"/>).</summary>
    NotChecked = 2,

    /// <summary>The rule did not run: a table it reads is absent, or its guard does not hold (<see cref="RuleStatus.Reasons"/>).</summary>
    NotApplicable = 3,

    /// <summary>The rule was disabled (<see cref="ValidationOptions.DisabledRules"/>).</summary>
    Disabled = 4,
}
