namespace GovBudget.Rules;

/// <summary>Why a rule could not check (part of) a relation.</summary>
public enum NotCheckedReason
{
    /// <summary>A cell the rule needs is in a column the document does not print (<see cref="Tables.Table.PrintedColumns"/>): it is not blank, it is unknown.</summary>
    ColumnNotPrinted = 0,
}
