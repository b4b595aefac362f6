using McuSharp.Boards;

namespace McuSharp.Compiler;

/// <summary>What a compilation targets: the board profile (façade constants, features) and where the project lives.</summary>
public sealed record CompileOptions
{
    /// <summary>The board the program is compiled for; its profile decides façade constants and what is available.</summary>
    public BoardProfile Board { get; init; } = BoardProfiles.Get(BoardProfiles.SimulatorId);

    /// <summary>The project's folder: secrets.json is read from here. Null: the folder of the first source file.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>
    /// Configuration values ([McuConfig] properties) given directly (tests, MSBuild <c>McuSecret</c> items); when set,
    /// secrets.json is not read. Values are strings, numbers (long, double) or bools.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Secrets { get; init; }

    /// <summary>The options for board <paramref name="boardId"/>.</summary>
    /// <exception cref="UnknownBoardException">No board has that id.</exception>
    public static CompileOptions ForBoard(string boardId, string? projectDirectory = null) =>
        new() { Board = BoardProfiles.Get(boardId), ProjectDirectory = projectDirectory };
}
