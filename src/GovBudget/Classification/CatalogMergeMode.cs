namespace GovBudget.Classification;

/// <summary>How a loaded catalog document combines with the documents already in a <see cref="CatalogSet"/>.</summary>
public enum CatalogMergeMode
{
    /// <summary>Its entries replace entries with the same code and add new codes; other entries stay.</summary>
    Override,

    /// <summary>It replaces every earlier document of its kind.</summary>
    Replace,
}
