namespace GovBudget.Import.Tables;

/// <summary>What an import issue is.</summary>
public enum ImportIssueKind
{
    /// <summary>Printed text inside a table that the importer could not place (an error under strict import).</summary>
    NotUnderstood = 0,

    /// <summary>A choice the importer made where the print left room for doubt (for example values assigned left to right).</summary>
    Assumption = 1,
}
