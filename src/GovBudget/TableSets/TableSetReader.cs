using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using GovBudget.Classification;
using GovBudget.Collections;
using GovBudget.Rules;
using GovBudget.Rules.Families;
using GovBudget.Rules.Formulas;
using GovBudget.Serialization.Json;
using GovBudget.Tables;

namespace GovBudget.TableSets;

/// <summary>
/// Reads a table set file (<c>docs/table-sets.md</c>) and checks it: every formula is parsed, and every table, column,
/// line and role it names must exist in the set. Every problem is a <see cref="GovBudgetFormatException"/> with the
/// source, the JSON path, its line and column, and for formulas the column inside the formula.
/// </summary>
internal sealed class TableSetReader
{
    /// <summary>The format version this reader understands.</summary>
    public const int FormatVersion = 1;

    private readonly byte[] _utf8;
    private readonly string? _source;
    private readonly int? _edition;
    private readonly TableSetVariants _variants;
    private readonly Dictionary<string, ClassLineBlock> _blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RowKey>> _lineKeys = new(StringComparer.Ordinal);

    private TableSetReader(byte[] utf8, string? source, int? edition, TableSetVariants variants)
    {
        _utf8 = utf8;
        _source = source;
        _edition = edition;
        _variants = variants;
    }

    public static TableSet Read(byte[] utf8, string? sourceName)
    {
        TableSetVariants? variants = null;
        variants = new TableSetVariants(edition => Read(utf8, sourceName, edition, variants!));
        var set = Read(utf8, sourceName, null, variants);
        variants.Root = set;
        return set;
    }

    /// <summary>
    /// Reads the set with the numbered 类 lines of <paramref name="edition"/> (<see cref="ClassLineBlock"/>), or of the
    /// edition the file is numbered for when <see langword="null"/>.
    /// </summary>
    private static TableSet Read(byte[] utf8, string? sourceName, int? edition, TableSetVariants variants)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            throw new GovBudgetFormatException(ex.Message, sourceName, ex.LineNumber + 1, ex.BytePositionInLine + 1, ex.Path, ex);
        }

        using (document)
        {
            return new TableSetReader(utf8, sourceName, edition, variants).ReadSet(document.RootElement);
        }
    }

    private TableSet ReadSet(JsonElement root)
    {
        const string path = "$";
        Expect(root, JsonValueKind.Object, path);
        var version = Int(root, "formatVersion", path);
        if (version != FormatVersion)
        {
            throw Error($"formatVersion {version} is not supported (this reader knows {FormatVersion})", path + ".formatVersion");
        }

        var id = Text(root, "id", path);
        if (!IsSetId(id))
        {
            throw Error($"'{id}' is not a table set id (lower-case words separated by '.', such as shanghai.budget)", path + ".id");
        }

        var kind = Text(root, "kind", path) switch
        {
            "budget" => DisclosureKind.Budget,
            "settlement" => DisclosureKind.Settlement,
            var other => throw Error($"kind '{other}' is not budget or settlement", path + ".kind"),
        };
        var editions = ReadEditions(root, path);
        var nameZh = Text(root, "nameZh", path);
        var nameEn = Text(root, "nameEn", path);
        var scope = OptionalText(root, "scope", path) switch
        {
            null or "department" => TableSetScope.Department,
            "unit" => TableSetScope.Unit,
            var other => throw Error($"scope '{other}' is not department or unit", path + ".scope"),
        };

        // Definitions first, so that formulas may name any table of the set, in any order.
        var tableElements = Array(root, "tables", path, required: true);
        var definitions = new List<TableDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tableElements.Count; i++)
        {
            var tablePath = $"{path}.tables[{i}]";
            var definition = ReadDefinition(tableElements[i], tablePath, kind, editions);
            if (!seen.Add(definition.Id))
            {
                throw Error($"table id '{definition.Id}' appears twice", tablePath + ".id");
            }

            definitions.Add(definition);
        }

        if (definitions.Count == 0)
        {
            throw Error("a table set needs at least one table", path + ".tables");
        }

        var byId = definitions.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        var tables = ImmutableArray.CreateBuilder<TableSetTable>(definitions.Count);
        for (var i = 0; i < tableElements.Count; i++)
        {
            tables.Add(ReadTable(tableElements[i], $"{path}.tables[{i}]", definitions[i], byId, ruleIds));
        }

        var cross = ReadFormulas(root, path, null, byId, ruleIds);
        var checks = ReadChecks(root, path, byId, ruleIds);
        var common = !root.TryGetProperty("commonChecks", out var commonElement) || Bool(commonElement, path + ".commonChecks");
        var (tableRoles, cellRoles) = ReadRoles(root, path, byId);
        try
        {
            return new TableSet(id, kind, editions, nameZh, nameEn, scope, tables.MoveToImmutable(), cross, checks, common, tableRoles, cellRoles)
            {
                ClassLineBlocks = [.. _blocks.Values.OrderBy(b => b.TableId, StringComparer.Ordinal)],
                ClassLinesEdition = _blocks.Count == 0 ? null : _edition ?? _blocks.Values.First().NumberedFor,
                Variants = _blocks.Count == 0 ? null : _variants,
            };
        }
        catch (ArgumentException ex)
        {
            throw Error(ex.Message, path, ex);
        }
    }

    private EditionRange ReadEditions(JsonElement root, string path)
    {
        var editionsPath = path + ".editions";
        if (!root.TryGetProperty("editions", out var editions))
        {
            throw Error("missing property 'editions' ({\"from\": 2023, \"to\": null})", path);
        }

        Expect(editions, JsonValueKind.Object, editionsPath);
        var from = Int(editions, "from", editionsPath);
        // "to": null means the layout is still in use: the range is open up to the last year GovBudget knows (2999).
        var to = editions.TryGetProperty("to", out var toElement) && toElement.ValueKind != JsonValueKind.Null ? Int(editions, "to", editionsPath) : 2999;
        if (from is < 1949 or > 2999 || to < from || to > 2999)
        {
            throw Error($"editions {from}–{to} are not a range of years", editionsPath);
        }

        return new EditionRange(from, to);
    }

    private TableDefinition ReadDefinition(JsonElement table, string path, DisclosureKind kind, EditionRange editions)
    {
        Expect(table, JsonValueKind.Object, path);
        var id = Text(table, "id", path);
        var block = ReadClassLineBlock(table, path, id, editions);
        var nameZh = Text(table, "nameZh", path);
        var nameEn = Text(table, "nameEn", path);
        var rowKinds = new List<RowKeyKind>();
        var rows = Array(table, "rows", path, required: true);
        for (var i = 0; i < rows.Count; i++)
        {
            var rowPath = $"{path}.rows[{i}]";
            rowKinds.Add(StringOf(rows[i], rowPath) switch
            {
                "total" => RowKeyKind.Total,
                "line" => RowKeyKind.Line,
                "item" => RowKeyKind.Item,
                "functional" => RowKeyKind.Functional,
                "economic" => RowKeyKind.Economic,
                "unit" => RowKeyKind.Unit,
                "project" => RowKeyKind.Project,
                "category" => RowKeyKind.Category,
                var other => throw Error($"row kind '{other}' is not one of total, line, item, functional, economic, unit, project, category", rowPath),
            });
        }

        var columns = new List<ColumnDefinition>();
        var columnElements = Array(table, "columns", path, required: true);
        for (var i = 0; i < columnElements.Count; i++)
        {
            var columnPath = $"{path}.columns[{i}]";
            var column = columnElements[i];
            Expect(column, JsonValueKind.Object, columnPath);
            var columnId = Text(column, "id", columnPath);
            if (columns.Any(c => c.Id == columnId))
            {
                throw Error($"column id '{columnId}' appears twice in table {id}", columnPath + ".id");
            }

            var headers = Strings(column, "headers", columnPath);
            var number = column.TryGetProperty("number", out _) ? Int(column, "number", columnPath) : (int?)null;
            var columnKind = OptionalText(column, "kind", columnPath) switch
            {
                null or "amount" => ColumnKind.Amount,
                "text" => ColumnKind.Text,
                var other => throw Error($"column kind '{other}' is not amount or text", columnPath + ".kind"),
            };
            columns.Add(new ColumnDefinition(
                columnId,
                OptionalText(column, "nameZh", columnPath) ?? (headers.Count > 0 ? headers[0] : columnId),
                Text(column, "nameEn", columnPath),
                number,
                columnKind,
                OptionalText(column, "group", columnPath)));
        }

        if (columns.Count == 0)
        {
            throw Error($"table {id} needs at least one column", path + ".columns");
        }

        var lines = new List<LineDefinition>();
        var lineKeys = new List<RowKey>();
        var blockAdded = false;
        var lineElements = Array(table, "lines", path, required: false);
        for (var i = 0; i < lineElements.Count; i++)
        {
            var linePath = $"{path}.lines[{i}]";
            var line = lineElements[i];
            Expect(line, JsonValueKind.Object, linePath);
            var key = Key(Text(line, "key", linePath), linePath + ".key");
            if (block is not null && key.LineNumber is { } number)
            {
                if (block.InBaseBlock(number))
                {
                    throw Error($"line {key} is one of the 类 lines {block.FirstLine}–{block.BaseEnd - 1} that classLines makes from catalog edition {block.NumberedFor}; remove it", linePath + ".key");
                }

                if (number >= block.BaseEnd && !blockAdded)
                {
                    lines.AddRange(block.Lines(CatalogSet.BuiltIn.Functional(_edition ?? block.NumberedFor)));
                    blockAdded = true;
                }

                key = RowKey.Line(block.Map(number));
            }

            lineKeys.Add(key);
            if (lines.Any(l => l.Key == key))
            {
                throw Error($"line {key} appears twice in table {id}", linePath + ".key");
            }

            FunctionalCode? subject = null;
            if (line.TryGetProperty("subject", out _))
            {
                var code = Int(line, "subject", linePath);
                subject = FunctionalCode.TryParse(code.ToString(CultureInfo.InvariantCulture), out var parsed)
                    ? parsed
                    : throw Error($"subject {code} is not a functional code", linePath + ".subject");
                if (block is not null)
                {
                    throw Error($"table {id} takes its 类 lines from the catalog (classLines); a line with a subject is one of them — remove it", linePath + ".subject");
                }
            }

            // 收入 or 支出 in two-sided summary tables; a block name (人员经费, 公用经费) in tables printed in blocks.
            var side = OptionalText(line, "side", linePath);

            lines.Add(new LineDefinition(key, Text(line, "label", linePath), subject, side));
        }

        if (block is not null && !blockAdded)
        {
            // Every explicit line comes before the block.
            lines.AddRange(block.Lines(CatalogSet.BuiltIn.Functional(_edition ?? block.NumberedFor)));
        }

        _lineKeys[id] = lineKeys;

        // Notes printed under the table, as printed (documentation and rendering; the checked formulas are "formulas").
        var printedFormulas = Strings(table, "printedFormulas", path);
        if (block is not null)
        {
            printedFormulas = printedFormulas.Select(block.RemapText).ToEquatableArray();
        }

        try
        {
            return new TableDefinition(id, nameZh, nameEn, kind, rowKinds.ToEquatableArray(), columns.ToEquatableArray(), lines.ToEquatableArray(), printedFormulas);
        }
        catch (ArgumentException ex)
        {
            throw Error(ex.Message, path, ex);
        }
    }

    /// <summary>The <c>classLines</c> of a table whose 类 lines are numbered (<c>"keys": "line"</c>), or <see langword="null"/>.</summary>
    private ClassLineBlock? ReadClassLineBlock(JsonElement table, string path, string tableId, EditionRange editions)
    {
        if (!table.TryGetProperty("classLines", out var element))
        {
            return null;
        }

        var blockPath = path + ".classLines";
        Expect(element, JsonValueKind.Object, blockPath);
        var keys = OptionalText(element, "keys", blockPath) ?? "functional";
        if (keys == "functional")
        {
            foreach (var name in new[] { "firstLine", "numberedFor", "exclude" })
            {
                if (element.TryGetProperty(name, out _))
                {
                    throw Error($"'{name}' is for numbered 类 lines (\"keys\": \"line\")", $"{blockPath}.{name}");
                }
            }

            return null;
        }

        if (keys != "line")
        {
            throw Error($"keys '{keys}' is not functional or line", blockPath + ".keys");
        }

        var side = Text(element, "side", blockPath);
        var first = Int(element, "firstLine", blockPath);
        if (first is < 1 or > 9000)
        {
            throw Error($"firstLine {first} is not a line number", blockPath + ".firstLine");
        }

        var numberedFor = Int(element, "numberedFor", blockPath);
        if (!editions.Contains(numberedFor))
        {
            throw Error($"numberedFor {numberedFor} is not one of the set's editions ({editions})", blockPath + ".numberedFor");
        }

        var excludeElements = Array(element, "exclude", blockPath, required: false);
        var exclude = new List<int>();
        for (var i = 0; i < excludeElements.Count; i++)
        {
            var itemPath = $"{blockPath}.exclude[{i}]";
            Expect(excludeElements[i], JsonValueKind.Number, itemPath);
            if (!excludeElements[i].TryGetInt32(out var code) || code is < 200 or > 299)
            {
                throw Error($"exclude: {excludeElements[i]} is not a 类 code", itemPath);
            }

            exclude.Add(code);
        }

        var baseClasses = ClassLineBlock.ClassesOf(CatalogSet.BuiltIn, numberedFor, exclude);
        if (baseClasses.Length == 0)
        {
            throw Error($"catalog edition {numberedFor} has no 类 to number", blockPath + ".numberedFor");
        }

        var classes = _edition is { } edition && edition != numberedFor ? ClassLineBlock.ClassesOf(CatalogSet.BuiltIn, edition, exclude) : baseClasses;
        var block = new ClassLineBlock(tableId, side, first, numberedFor, baseClasses.ToEquatableArray(), classes.ToEquatableArray(), exclude.ToEquatableArray());
        _blocks[tableId] = block;
        return block;
    }

    private TableSetTable ReadTable(JsonElement table, string path, TableDefinition definition, Dictionary<string, TableDefinition> tables, HashSet<string> ruleIds)
    {
        var titles = Strings(table, "titles", path);
        var columns = new List<TableSetColumn>();
        var columnElements = Array(table, "columns", path, required: true);
        for (var i = 0; i < columnElements.Count; i++)
        {
            var columnPath = $"{path}.columns[{i}]";
            var headers = Strings(columnElements[i], "headers", columnPath);
            var side = OptionalText(columnElements[i], "side", columnPath) switch
            {
                null => null,
                "收入" => "收入",
                "支出" => "支出",
                var other => throw Error($"side '{other}' is not 收入 or 支出", columnPath + ".side"),
            };
            columns.Add(new TableSetColumn(definition.Columns[i].Id, headers.Count > 0 ? headers : [definition.Columns[i].NameZh], side));
        }

        var lines = new List<TableSetLine>();
        var lineElements = Array(table, "lines", path, required: false);
        var lineKeys = _lineKeys[definition.Id];
        for (var i = 0; i < lineElements.Count; i++)
        {
            var printed = Strings(lineElements[i], "printed", $"{path}.lines[{i}]");
            if (printed.Count > 0)
            {
                lines.Add(new TableSetLine(lineKeys[i], printed));
            }
        }

        if (table.TryGetProperty("classLines", out var classLines))
        {
            Expect(classLines, JsonValueKind.Object, path + ".classLines");
            if (!definition.RowKinds.Contains(RowKeyKind.Functional) && definition.Lines.All(l => l.Subject is null))
            {
                throw Error($"table {definition.Id} declares classLines but takes no functional rows", path + ".classLines");
            }
        }

        var required = !table.TryGetProperty("required", out var requiredElement) || Bool(requiredElement, path + ".required");
        var rules = ImmutableArray.CreateBuilder<Rule>();
        rules.AddRange(ReadFormulas(table, path, definition.Id, tables, ruleIds));
        if (table.TryGetProperty("rollUp", out var rollUp))
        {
            var rollUpPath = path + ".rollUp";
            var rollUpId = StringOf(rollUp, rollUpPath);
            AddRuleId(ruleIds, rollUpId, rollUpPath);
            rules.Add(new RollUpRule(rollUpId, definition.Id));
        }

        return new TableSetTable(definition, titles, columns.ToEquatableArray(), lines.ToEquatableArray(), required, Strings(table, "emptyNotes", path), rules.ToImmutable());
    }

    private ImmutableArray<Rule> ReadFormulas(JsonElement owner, string path, string? tableId, Dictionary<string, TableDefinition> tables, HashSet<string> ruleIds)
    {
        var rules = ImmutableArray.CreateBuilder<Rule>();
        var elements = Array(owner, "formulas", path, required: false);
        for (var i = 0; i < elements.Count; i++)
        {
            var rulePath = $"{path}.formulas[{i}]";
            var element = elements[i];
            Expect(element, JsonValueKind.Object, rulePath);
            var id = Text(element, "id", rulePath);
            AddRuleId(ruleIds, id, rulePath + ".id");
            var ruleClass = Text(element, "class", rulePath) switch
            {
                "basic-balance" => RuleClass.BasicBalance,
                "logical" => RuleClass.Logical,
                "verification" => RuleClass.Verification,
                var other => throw Error($"class '{other}' is not basic-balance, logical or verification", rulePath + ".class"),
            };
            var formulaPath = rulePath + ".formula";
            var text = Text(element, "formula", rulePath);
            Formula formula;
            try
            {
                formula = Formula.Parse(text);
            }
            catch (GovBudgetFormatException ex)
            {
                throw Error($"{ex.Reason} (column {ex.Column} of the formula)", formulaPath, ex);
            }

            if (tableId is not null && formula.TableId is not null && formula.TableId != tableId && formula.References.Any(r => r.TableId is null))
            {
                throw Error($"formula of table {tableId} is written for table {formula.TableId}", formulaPath);
            }

            var zh = Text(element, "zh", rulePath);
            var en = Text(element, "en", rulePath);
            foreach (var block in _blocks.Values.Where(b => formula.Tables.Contains(b.TableId, StringComparer.Ordinal)))
            {
                formula = block.Remap(formula, out var problem) ?? throw Error($"formula {problem}", formulaPath);
                if (tableId == block.TableId || formula.Tables.Count(t => _blocks.ContainsKey(t)) == 1)
                {
                    zh = block.RemapText(zh);
                    en = block.RemapText(en);
                }
            }

            CheckReferences(formula, text, formulaPath, tables);
            try
            {
                rules.Add(new FormulaRule(id, ruleClass, zh, en, formula));
            }
            catch (ArgumentException ex)
            {
                throw Error(ex.Message, formulaPath, ex);
            }
        }

        return rules.ToImmutable();
    }

    private void CheckReferences(Formula formula, string text, string path, Dictionary<string, TableDefinition> tables)
    {
        if (formula.TableId is { } own && !tables.ContainsKey(own))
        {
            throw Error($"formula names table '{own}', which the set does not have (column 1 of the formula)", path);
        }

        foreach (var reference in formula.References)
        {
            var tableId = reference.TableId ?? formula.TableId;
            if (tableId is null || !tables.TryGetValue(tableId, out var definition))
            {
                throw Error($"formula names table '{tableId}', which the set does not have ({At(text, tableId)})", path);
            }

            if (reference.Column.ColumnId is { } column && definition.FindColumn(column) is null)
            {
                throw Error($"table {tableId} has no column '{column}' ({At(text, column)}); its columns: {string.Join(", ", definition.Columns.Select(c => c.Id))}", path);
            }

            if (reference.Column.IsEach && formula.TableId is { } ownId && ownId != tableId)
            {
                foreach (var c in tables[ownId].Columns.Where(c => c.Kind == ColumnKind.Amount))
                {
                    if (definition.FindColumn(c.Id) is null)
                    {
                        throw Error($"each-column reference to table {tableId}: it has no column '{c.Id}' of table {ownId}", path);
                    }
                }
            }

            if (reference.Row.Kind == RowSelectorKind.Key && !RowAccepted(definition, reference.Row.Key))
            {
                throw Error($"table {tableId} has no row {reference.Row.Key} ({At(text, reference.Row.Key.Text ?? reference.Row.Key.ToString())})", path);
            }
        }
    }

    /// <summary>Whether a formula may name <paramref name="key"/> in a table of <paramref name="definition"/>.</summary>
    internal static bool RowAccepted(TableDefinition definition, RowKey key)
    {
        if (definition.FindLine(key) is not null)
        {
            return true;
        }

        return key.Kind switch
        {
            // Fixed lines are the only items and numbered lines of a summary table.
            RowKeyKind.Item or RowKeyKind.Line when definition.Lines.Count > 0 => false,
            RowKeyKind.Functional when definition.Lines.Any(l => l.Subject == key.FunctionalCode) => true,
            _ => definition.RowKinds.Contains(key.Kind),
        };
    }

    private static string At(string formula, string? token)
    {
        var index = token is null ? -1 : formula.IndexOf(token, StringComparison.Ordinal);
        return index >= 0 ? $"column {index + 1} of the formula" : "in the formula";
    }

    private ImmutableArray<Rule> ReadChecks(JsonElement root, string path, Dictionary<string, TableDefinition> tables, HashSet<string> ruleIds)
    {
        var rules = ImmutableArray.CreateBuilder<Rule>();
        var elements = Array(root, "checks", path, required: false);
        for (var i = 0; i < elements.Count; i++)
        {
            var checkPath = $"{path}.checks[{i}]";
            var element = elements[i];
            Expect(element, JsonValueKind.Object, checkPath);
            var id = Text(element, "id", checkPath);
            AddRuleId(ruleIds, id, checkPath + ".id");
            var name = Text(element, "check", checkPath);
            var table = OptionalText(element, "table", checkPath);
            if (table is not null && !tables.ContainsKey(table))
            {
                throw Error($"check names table '{table}', which the set does not have", checkPath + ".table");
            }

            rules.Add(TableSetRules.Check(id, name, table)
                ?? throw Error($"'{name}' is not a check; known: {string.Join(", ", TableSetRules.CheckNames)}", checkPath + ".check"));
        }

        return rules.ToImmutable();
    }

    private (ImmutableDictionary<string, string> Tables, ImmutableDictionary<string, CellAddress> Cells) ReadRoles(JsonElement root, string path, Dictionary<string, TableDefinition> tables)
    {
        var tableRoles = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var cellRoles = ImmutableDictionary.CreateBuilder<string, CellAddress>(StringComparer.Ordinal);
        if (!root.TryGetProperty("roles", out var roles))
        {
            return (tableRoles.ToImmutable(), cellRoles.ToImmutable());
        }

        var rolesPath = path + ".roles";
        Expect(roles, JsonValueKind.Object, rolesPath);
        foreach (var role in roles.EnumerateObject())
        {
            var rolePath = $"{rolesPath}.{role.Name}";
            var value = StringOf(role.Value, rolePath);
            if (TableRoles.IsTableRole(role.Name))
            {
                if (!tables.ContainsKey(value))
                {
                    throw Error($"role {role.Name} names table '{value}', which the set does not have", rolePath);
                }

                tableRoles[role.Name] = value;
            }
            else if (TableRoles.IsCellRole(role.Name))
            {
                CellReference reference;
                try
                {
                    reference = FormulaParser.ParseReference(value);
                }
                catch (GovBudgetFormatException ex)
                {
                    throw Error($"role {role.Name}: {ex.Reason}", rolePath, ex);
                }

                if (!tables.TryGetValue(reference.TableId!, out var definition))
                {
                    throw Error($"role {role.Name} names table '{reference.TableId}', which the set does not have", rolePath);
                }

                var column = definition.FindColumn(reference.Column.ColumnId!)
                    ?? throw Error($"role {role.Name}: table {reference.TableId} has no column '{reference.Column.ColumnId}'", rolePath);
                var key = reference.Row.Key;
                if (_blocks.TryGetValue(reference.TableId!, out var block) && key.LineNumber is { } number)
                {
                    key = block.InBaseBlock(number)
                        ? throw Error($"role {role.Name} names 类 line {number} of table {reference.TableId} by its number; name the 类 by its code", rolePath)
                        : RowKey.Line(block.Map(number));
                }

                if (!RowAccepted(definition, key))
                {
                    throw Error($"role {role.Name}: table {reference.TableId} has no row {reference.Row.Key}", rolePath);
                }

                // A 类 named on a summary table is the line that reports it, as the formula engine resolves it.

                if (key.Kind == RowKeyKind.Functional && definition.FindLine(key) is null
                    && TableDefinitionIndex.For(definition).TryGetLineFor(key.FunctionalCode!.Value, out var line))
                {
                    key = line;
                }

                cellRoles[role.Name] = new CellAddress(reference.TableId!, key, column.Id);
            }
            else
            {
                throw Error($"role '{role.Name}' is neither a table. nor a cell. role", rolePath);
            }
        }

        return (tableRoles.ToImmutable(), cellRoles.ToImmutable());
    }

    private void AddRuleId(HashSet<string> ids, string id, string path)
    {
        if (!ids.Add(id))
        {
            throw Error($"rule id '{id}' appears twice in the set", path);
        }
    }

    private static bool IsSetId(string id)
        => id.Length is > 0 and <= 64 && id.Split('.').All(part => part.Length > 0 && part.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));

    private RowKey Key(string text, string path)
        => RowKey.TryParse(text, CultureInfo.InvariantCulture, out var key) ? key : throw Error($"'{text}' is not a row key (total, L27, F2080505, E30101, I:…)", path);

    private void Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw Error($"expected {Describe(kind)}, found {Describe(element.ValueKind)}", path);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private string Text(JsonElement owner, string name, string path)
        => OptionalText(owner, name, path) ?? throw Error($"missing property '{name}'", path);

    private string? OptionalText(JsonElement owner, string name, string path)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = StringOf(value, $"{path}.{name}");
        return text.Length == 0 ? throw Error($"'{name}' is empty", $"{path}.{name}") : text;
    }

    private string StringOf(JsonElement value, string path)
    {
        Expect(value, JsonValueKind.String, path);
        return value.GetString()!;
    }

    private int Int(JsonElement owner, string name, string path)
    {
        if (!owner.TryGetProperty(name, out var value))
        {
            throw Error($"missing property '{name}'", path);
        }

        Expect(value, JsonValueKind.Number, $"{path}.{name}");
        return value.TryGetInt32(out var number) ? number : throw Error($"'{name}' is not a whole number", $"{path}.{name}");
    }

    private bool Bool(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error($"expected true or false, found {Describe(value.ValueKind)}", path),
    };

    private List<JsonElement> Array(JsonElement owner, string name, string path, bool required)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Error($"missing property '{name}'", path) : [];
        }

        Expect(value, JsonValueKind.Array, $"{path}.{name}");
        return [.. value.EnumerateArray()];
    }

    private EquatableArray<string> Strings(JsonElement owner, string name, string path)
    {
        var items = Array(owner, name, path, required: false);
        var result = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            result[i] = StringOf(items[i], $"{path}.{name}[{i}]");
        }

        return result;
    }

    private GovBudgetFormatException Error(string reason, string path, Exception? inner = null)
    {
        var position = JsonPathLocator.Locate(_utf8, path, 64);
        return new GovBudgetFormatException(reason, _source ?? "table set", position?.Line, position?.Column, path, inner);
    }
}
