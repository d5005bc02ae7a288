# Messages of the app screens.

app-name = Parcours
