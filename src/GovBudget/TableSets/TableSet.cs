using System.Collections.Frozen;
using System.Collections.Immutable;
using GovBudget.Classification;
using GovBudget.Rules;
using GovBudget.Tables;

namespace GovBudget.TableSets;

/// <summary>
/// One published layout: the tables a department prints for one kind of disclosure in one province (or nationally)
/// over a range of catalog editions; each table's printed titles and column headers; the formulas that bind the tables;
/// and named roles (<see cref="TableRoles"/>) that other code asks for instead of table ids. Built-in sets are embedded
/// data files in the format of <c>docs/table-sets.md</c> (<see cref="TableSetRegistry.BuiltIn"/>); users load their
/// own with <see cref="Load"/> — a loaded set is checked like a built-in one.
/// </summary>
public sealed class TableSet
{
    private readonly FrozenDictionary<string, TableSetTable> _tables;

    internal TableSet(
        string id,
        DisclosureKind kind,
        EditionRange editions,
        string nameZh,
        string nameEn,
        TableSetScope scope,
        ImmutableArray<TableSetTable> tables,
        ImmutableArray<Rule> crossTableRules,
        ImmutableArray<Rule> checks,
        bool commonChecks,
        ImmutableDictionary<string, string> tableRoles,
        ImmutableDictionary<string, CellAddress> cellRoles)
    {
        Id = id;
        Kind = kind;
        Editions = editions;
        NameZh = nameZh;
        NameEn = nameEn;
        Scope = scope;
        Tables = tables;
        CrossTableRules = crossTableRules;
        Checks = checks;
        TableRolesByName = tableRoles;
        CellRoles = cellRoles;
        _tables = tables.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        Rules = new RuleSet(
            id,
            nameZh,
            tables.SelectMany(t => t.Rules).Concat(crossTableRules).Concat(checks).Concat(commonChecks ? TableSetRules.Common() : []));
    }

    /// <summary>The set's id (<c>hubei.budget</c>, <c>shanghai.settlement</c>).</summary>
    public string Id { get; }

    /// <summary>Budget or settlement.</summary>
    public DisclosureKind Kind { get; }

    /// <summary>The catalog editions the layout is used for (an open range, <c>"to": null</c> in the file, ends at 2999).</summary>
    public EditionRange Editions { get; }

    /// <summary>The Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>Department (部门) or unit (单位) wording.</summary>
    public TableSetScope Scope { get; }

    /// <summary>The tables in printed order.</summary>
    public ImmutableArray<TableSetTable> Tables { get; }

    /// <summary>The formulas between tables, in declaration order.</summary>
    public ImmutableArray<Rule> CrossTableRules { get; }

    /// <summary>The checks that are not formulas (表11, 表12, 绩效自评表 families).</summary>
    public ImmutableArray<Rule> Checks { get; }

    /// <summary>Every rule of the set: each table's rules, the cross-table rules, the checks and the checks every set shares.</summary>
    public RuleSet Rules { get; }

    /// <summary>Table roles: role name → table id.</summary>
    public ImmutableDictionary<string, string> TableRolesByName { get; }

    /// <summary>Cell roles: role name → cell address.</summary>
    public ImmutableDictionary<string, CellAddress> CellRoles { get; }

    /// <summary>The table with id <paramref name="tableId"/>, or <see langword="null"/>.</summary>
    public TableSetTable? FindTable(string tableId)
    {
        ArgumentNullException.ThrowIfNull(tableId);
        return _tables.GetValueOrDefault(tableId);
    }

    /// <summary>The definition of the table with id <paramref name="tableId"/>.</summary>
    /// <exception cref="KeyNotFoundException">The set has no such table.</exception>
    public TableDefinition Definition(string tableId)
        => FindTable(tableId)?.Definition ?? throw new KeyNotFoundException($"Table set {Id} has no table '{tableId}'.");

    /// <summary>The id of the table that plays <paramref name="role"/> (a <c>table.</c> role), or <see langword="null"/>.</summary>
    public string? TableFor(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return TableRolesByName.GetValueOrDefault(role);
    }

    /// <summary>The cell that plays <paramref name="role"/> (a <c>cell.</c> role), or <see langword="null"/>.</summary>
    public CellAddress? CellFor(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return CellRoles.TryGetValue(role, out var address) ? address : null;
    }

    /// <summary>
    /// The catalog edition whose 类 list numbers the lines of this set's tables that print 行次 and one line per 类
    /// (national 公开01 and 公开04), or <see langword="null"/> when no table of the set numbers its 类 lines.
    /// </summary>
    public int? ClassLinesEdition { get; internal init; }

    /// <summary>The numbered 类 line blocks of the set's tables (<c>"classLines": {"keys": "line", …}</c>).</summary>
    internal ImmutableArray<ClassLineBlock> ClassLineBlocks { get; init; } = [];

    /// <summary>The sets read for other editions, shared by a set and its variants; <see langword="null"/> for a set built in code.</summary>
    internal TableSetVariants? Variants { get; init; }

    /// <summary>
    /// The set as printed for catalog edition <paramref name="edition"/>: where a table prints 行次 with one line per 类
    /// of the edition (national 公开01, 公开04), its 类 lines are that edition's, and the lines after them, the formulas
    /// and the roles are renumbered (a 2019 settlement lists 25 类, so its 本年支出合计 is line 57, not 58). The same
    /// instance for every edition with the same 类 list (this one when it is the file's), so that disclosures compare
    /// equal; this set when no table numbers its 类 lines or the edition is outside <see cref="Editions"/>.
    /// </summary>
    public TableSet ForEdition(int edition)
        => Variants is { } variants && !ClassLineBlocks.IsDefaultOrEmpty && Editions.Contains(edition) ? variants.For(edition) : this;

    /// <summary>
    /// Whether <paramref name="definition"/> is this set's table of the same id as printed for some catalog edition of
    /// the set (a table written on its own carries no edition).
    /// </summary>
    internal bool HasEditionOf(TableDefinition definition)
    {
        if (FindTable(definition.Id)?.Definition.Equals(definition) == true)
        {
            return true;
        }

        if (Variants is not { } variants || !ClassLineBlocks.Any(b => b.TableId == definition.Id))
        {
            return false;
        }

        // Editions beyond the catalog data repeat its last 类 list: stop a little after the catalog's years.
        for (var edition = Editions.From; edition <= Math.Min(Editions.To, 2100); edition++)
        {
            if (variants.For(edition).FindTable(definition.Id)?.Definition.Equals(definition) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a table set file.</summary>
    /// <exception cref="GovBudgetFormatException">The file is malformed, or a formula or role names a table, column, line or role the set does not have; the exception gives the file, the JSON path, its line and column.</exception>
    public static TableSet Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return TableSetReader.Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a table set from JSON text.</summary>
    /// <exception cref="GovBudgetFormatException">As <see cref="Load"/>.</exception>
    public static TableSet Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TableSetReader.Read(System.Text.Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Reads a table set from a UTF-8 stream.</summary>
    /// <exception cref="GovBudgetFormatException">As <see cref="Load"/>.</exception>
    public static TableSet Read(Stream utf8Json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return TableSetReader.Read(buffer.ToArray(), sourceName);
    }

    /// <summary>The id and name.</summary>
    public override string ToString() => $"{Id} ({NameZh})";
}
