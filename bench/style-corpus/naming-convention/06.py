class Solution:
    def lengthOfLongestSubstring(self, s):  # expect: naming-convention
        return len(set(s))
