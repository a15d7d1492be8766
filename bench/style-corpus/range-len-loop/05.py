class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def show(self):
        for i in range(len(self.songs)):  # expect: range-len-loop
            print(i + 1, self.songs[i])
