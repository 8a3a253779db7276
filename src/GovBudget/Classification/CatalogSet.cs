using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;

namespace GovBudget.Classification;

/// <summary>
/// The catalogs GovBudget checks codes against, by kind and edition. <see cref="BuiltIn"/> holds the data shipped in
/// the package (functional: partial; 部门预算 economic: complete; 政府预算 economic: partial). Load a full official
/// edition with <see cref="With(CatalogDocument, CatalogMergeMode)"/>. Immutable and thread-safe.
/// </summary>
public sealed class CatalogSet
{
    private static readonly Lazy<CatalogSet> BuiltInSet = new(LoadBuiltIn);

    private readonly ImmutableArray<CatalogDocument> _documents;
    private readonly ConcurrentDictionary<(CatalogKind Kind, int Edition), object> _cache = new();

    private CatalogSet(ImmutableArray<CatalogDocument> documents) => _documents = documents;

    /// <summary>The catalogs shipped with GovBudget (embedded CSV files; see <c>docs/catalogs.md</c> for sources).</summary>
    public static CatalogSet BuiltIn => BuiltInSet.Value;

    /// <summary>An empty set: every catalog it gives is empty and incomplete.</summary>
    public static CatalogSet Empty { get; } = new([]);

    /// <summary>The documents the set is made of, in the order they apply (later documents win).</summary>
    public ImmutableArray<CatalogDocument> Documents => _documents;

    /// <summary>The functional classification catalog of <paramref name="edition"/>.</summary>
    public SubjectCatalog<FunctionalCode> Functional(int edition) => Get<FunctionalCode>(CatalogKind.Functional, edition);

    /// <summary>The economic classification catalog of <paramref name="system"/> for <paramref name="edition"/>.</summary>
    public SubjectCatalog<EconomicCode> Economic(EconomicSystem system, int edition)
        => Get<EconomicCode>(system == EconomicSystem.Department ? CatalogKind.EconomicDepartment : CatalogKind.EconomicGovernment, edition);

    /// <summary>
    /// A set that also holds <paramref name="document"/>: with <see cref="CatalogMergeMode.Override"/> its entries
    /// replace same-coded entries and add new ones; with <see cref="CatalogMergeMode.Replace"/> it replaces every
    /// earlier document of its kind.
    /// </summary>
    public CatalogSet With(CatalogDocument document, CatalogMergeMode mode = CatalogMergeMode.Override)
    {
        ArgumentNullException.ThrowIfNull(document);
        var documents = mode == CatalogMergeMode.Replace
            ? _documents.RemoveAll(d => d.Kind == document.Kind)
            : _documents;
        return new CatalogSet(documents.Add(document));
    }

    private SubjectCatalog<TCode> Get<TCode>(CatalogKind kind, int edition)
        where TCode : struct, ISubjectCode<TCode>
        => (SubjectCatalog<TCode>)_cache.GetOrAdd((kind, edition), static (key, documents) => Build<TCode>(documents, key.Kind, key.Edition), _documents);

    private static SubjectCatalog<TCode> Build<TCode>(ImmutableArray<CatalogDocument> documents, CatalogKind kind, int edition)
        where TCode : struct, ISubjectCode<TCode>
    {
        var result = SubjectCatalog<TCode>.Create(new CatalogDocument(kind, false, default), edition);
        foreach (var document in documents)
        {
            if (document.Kind == kind && (document.Edition is null || document.Edition == edition))
            {
                result = result.MergedWith(SubjectCatalog<TCode>.Create(document, edition));
            }
        }

        return result;
    }

    private static CatalogSet LoadBuiltIn()
    {
        var assembly = typeof(CatalogSet).Assembly;
        var documents = ImmutableArray.CreateBuilder<CatalogDocument>();
        foreach (var name in new[] { "functional.csv", "economic-department.csv", "economic-government.csv" })
        {
            documents.Add(ReadResource(assembly, "GovBudget.Classification.Data." + name, name));
        }

        return new CatalogSet(documents.ToImmutable());
    }

    private static CatalogDocument ReadResource(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded catalog '{resource}' is missing from the GovBudget assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return CatalogDocument.ReadCsv(reader, name);
    }
}
