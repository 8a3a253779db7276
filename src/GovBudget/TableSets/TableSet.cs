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
