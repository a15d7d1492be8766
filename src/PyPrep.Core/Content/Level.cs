namespace PyPrep.Core.Content;

public enum Level { Junior, Mid, Senior }
