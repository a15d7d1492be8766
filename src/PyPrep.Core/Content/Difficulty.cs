namespace PyPrep.Core.Content;

public enum Difficulty { Easy, Medium, Hard }
