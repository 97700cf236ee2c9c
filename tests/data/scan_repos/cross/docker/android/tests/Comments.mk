# 1) sample grouping:
#    - text + suffix
#    - some more text (the format)
#    - API and policy info
#    - more API + policy info
