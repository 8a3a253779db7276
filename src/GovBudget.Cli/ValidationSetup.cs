using System.Collections.Immutable;
using GovBudget.Classification;
using GovBudget.Rules;
using GovBudget.Serialization;
using GovBudget.TableSets;

namespace GovBudget.Cli;

/// <summary>
/// Turns the options of <c>validate</c> that configure the library (<c>--catalog</c>, <c>--catalog-mode</c>,
/// <c>--rules</c>, <c>--disable</c>, <c>--severity</c>) into <see cref="ValidationOptions"/>. A file that cannot be read
/// is one line on standard error and exit 2 (as for <c>--table-set</c>); a bad option value (an unknown rule id, a
/// severity that is not one) is one line and exit 3.
/// </summary>
internal static class ValidationSetup
{
    /// <summary>The severity names of <c>--severity RULE=LEVEL</c> and <c>--min-severity</c>.</summary>
    public static readonly string[] SeverityNames = ["info", "warning", "inconsistency", "error"];

    /// <summary>Reads the files and checks the values; returns the exit code of the first problem, or <see langword="null"/>.</summary>
    public static int? TryBuild(
        ValidationOptions options,
        TableSetRegistry registry,
        IReadOnlyList<string> catalogFiles,
        string catalogMode,
        IReadOnlyList<string> ruleFiles,
        IReadOnlyList<string> disabled,
        IReadOnlyList<string> severities,
        bool english,
        out ValidationOptions result)
    {
        result = options;
        var catalogs = CatalogSet.BuiltIn;
        var mode = catalogMode == "replace" ? CatalogMergeMode.Replace : CatalogMergeMode.Override;
        foreach (var file in catalogFiles)
        {
            if (!TryRead(file, english, ReadCatalog, out var document))
            {
                return ExitCodes.Unreadable;
            }

            catalogs = catalogs.With(document!, mode);
        }

        var custom = ImmutableArray.CreateBuilder<Rule>();
        foreach (var file in ruleFiles)
        {
            if (!TryRead(file, english, ReadRules, out var rules))
            {
                return ExitCodes.Unreadable;
            }

            custom.AddRange(rules!);
        }

        // An id given to --disable or --severity must name a rule: a typo silently ignored would look like a setting.
        var known = registry.All.SelectMany(s => s.Rules.Rules).Concat(custom).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in disabled)
        {
            if (!known.Contains(id))
            {
                Console.Error.WriteLine(english ? $"govbudget: --disable {id}: no rule has this id (see `govbudget rules`)" : $"govbudget：--disable {id}：没有这个编号的规则（见 govbudget rules）");
                return ExitCodes.UsageOrIo;
            }
        }

        var overrides = ImmutableDictionary.CreateBuilder<string, Severity>(StringComparer.Ordinal);
        foreach (var text in severities)
        {
            var equals = text.LastIndexOf('=');
            var id = equals > 0 ? text[..equals] : text;
            var level = equals > 0 ? text[(equals + 1)..] : string.Empty;
            if (equals <= 0 || !SeverityNames.Contains(level, StringComparer.Ordinal))
            {
                Console.Error.WriteLine(english
                    ? $"govbudget: --severity {text}: expected RULE=LEVEL with LEVEL one of info, warning, inconsistency, error"
                    : $"govbudget：--severity {text}：应为 规则编号=级别，级别为 info、warning、inconsistency、error 之一");
                return ExitCodes.UsageOrIo;
            }

            if (!known.Contains(id))
            {
                Console.Error.WriteLine(english ? $"govbudget: --severity {text}: no rule has the id {id} (see `govbudget rules`)" : $"govbudget：--severity {text}：没有编号为 {id} 的规则（见 govbudget rules）");
                return ExitCodes.UsageOrIo;
            }

            overrides[id] = Commands.ValidateCommand.ParseSeverity(level);
        }

        result = options with
        {
            Catalogs = catalogs,
            CustomRules = custom.ToImmutable(),
            DisabledRules = [.. disabled],
            SeverityOverrides = overrides.ToImmutable(),
        };
        return null;
    }

    private static CatalogDocument ReadCatalog(string file)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(file);
            return CatalogDocument.ReadJson(stream, file);
        }

        return CatalogDocument.ReadCsvFile(file);
    }

    private static IReadOnlyList<FormulaRule> ReadRules(string file)
    {
        try
        {
            return RuleJson.Deserialize(File.ReadAllText(file));
        }
        catch (GovBudgetFormatException ex)
        {
            // RuleJson does not know the file: name it, with the JSON path and the column in the formula.
            throw new GovBudgetFormatException(ex.Reason ?? ex.Message, file, ex.LineNumber, ex.Column, ex.Path, ex);
        }
    }

    private static bool TryRead<T>(string file, bool english, Func<string, T> read, out T? value)
    {
        value = default;
        try
        {
            value = read(file);
            return true;
        }
        catch (GovBudgetFormatException ex)
        {
            Console.Error.WriteLine($"govbudget: {Program.OneLine(ex.Message)}");
        }
        catch (FileNotFoundException)
        {
            Console.Error.WriteLine(english ? $"govbudget: no such file: {file}" : $"govbudget：找不到文件：{file}");
        }
        catch (DirectoryNotFoundException)
        {
            Console.Error.WriteLine(english ? $"govbudget: no such file: {file}" : $"govbudget：找不到文件：{file}");
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"govbudget: {file}: {Program.OneLine(ex.Message)}");
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"govbudget: {file}: {Program.OneLine(ex.Message)}");
        }

        return false;
    }
}
