namespace GovBudget.Rules;

/// <summary>Why a rule could not check (part of) a relation, or did not run at all.</summary>
public enum NotCheckedReason
{
    /// <summary>A cell the rule needs is in a column the document does not print (<see cref="Tables.Table.PrintedColumns"/>): it is not blank, it is unknown.</summary>
    ColumnNotPrinted = 0,

    /// <summary>
    /// A side of the relation is a single cell the document leaves blank while the other side is printed (a total
    /// printed against a blank total): the blank is not known to be zero, so the relation is not checked. Also a rule
    /// whose every relation read only blank cells (nothing printed to check).
    /// </summary>
    OperandsBlank = 1,

    /// <summary>A table the rule reads is not in the document: the rule did not run.</summary>
    TableAbsent = 2,

    /// <summary>The rule applies only to some departments (<see cref="RuleGuard"/>) and not to this one: the rule did not run.</summary>
    GuardNotMet = 3,

    /// <summary>The subject a statement or project names was not found in the tables, so its figure could not be checked.</summary>
    SubjectNotFound = 4,

    /// <summary>
    /// The rule reads the explanatory text (情况说明) and none was given (a JSON disclosure validated without
    /// <c>--narrative</c>, with no statements of its own): the rule did not check anything.
    /// </summary>
    NoText = 5,
}
