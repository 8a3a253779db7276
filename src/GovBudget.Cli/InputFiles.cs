using GovBudget.Disclosures;
using GovBudget.Serialization;

namespace GovBudget.Cli;

/// <summary>Finds and reads the disclosure files named on the command line.</summary>
internal static class InputFiles
{
    /// <summary>Expands files and folders (recursively: *.json, *.jsonl) into a sorted list of files.</summary>
    public static List<string> Expand(IEnumerable<string> paths, List<string> missing)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }

        return files;
    }

    /// <summary>Reads every disclosure of a file: one for .json, one per line for .jsonl (streamed).</summary>
    public static IEnumerable<Disclosure> Read(string file)
    {
        if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return ReadLines(file);
        }

        using var stream = File.OpenRead(file);
        return [DisclosureJson.Deserialize(stream, new DisclosureJsonOptions { SourceName = file })];
    }

    private static IEnumerable<Disclosure> ReadLines(string file)
    {
        using var stream = File.OpenRead(file);
        foreach (var disclosure in DisclosureJsonLines.Read(stream, new DisclosureJsonOptions { SourceName = file }))
        {
            yield return disclosure;
        }
    }
}
